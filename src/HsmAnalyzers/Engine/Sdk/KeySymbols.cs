using System;
using Microsoft.CodeAnalysis;

namespace HsmAnalyzers.Engine;

/// <summary>Azure.Security.KeyVault.Keys and its Cryptography namespace: keys, their options and policies, and the
/// cryptography client.</summary>
internal sealed class KeySymbols
{
    public KeySymbols(Func<string, SdkType> resolve)
    {
        KeyClient = resolve(SdkNames.Keys.KeyClient);
        KeyVaultKey = resolve(SdkNames.Keys.KeyVaultKey);
        CreateKeyOptions = resolve(SdkNames.Keys.CreateKeyOptions);
        CreateRsaKeyOptions = resolve(SdkNames.Keys.CreateRsaKeyOptions);
        CreateEcKeyOptions = resolve(SdkNames.Keys.CreateEcKeyOptions);
        CreateOctKeyOptions = resolve(SdkNames.Keys.CreateOctKeyOptions);
        KeyRotationPolicy = resolve(SdkNames.Keys.KeyRotationPolicy);
        KeyRotationLifetimeAction = resolve(SdkNames.Keys.KeyRotationLifetimeAction);
        KeyRotationPolicyAction = resolve(SdkNames.Keys.KeyRotationPolicyAction);
        KeyReleasePolicy = resolve(SdkNames.Keys.KeyReleasePolicy);
        KeyType = resolve(SdkNames.Keys.KeyType);
        KeyCurveName = resolve(SdkNames.Keys.KeyCurveName);
        CryptographyClient = resolve(SdkNames.Keys.CryptographyClient);
        EncryptionAlgorithm = resolve(SdkNames.Keys.EncryptionAlgorithm);
        KeyWrapAlgorithm = resolve(SdkNames.Keys.KeyWrapAlgorithm);
        EncryptParameters = resolve(SdkNames.Keys.EncryptParameters);
        KeyOptionsMembers = new KeyOptionsMembers(this);
        KeyRotationPolicyMembers = new KeyRotationPolicyMembers(this);
        Immutable = KeyReleasePolicy.Property(nameof(Immutable));
    }

    public SdkType KeyClient { get; }

    public SdkType KeyVaultKey { get; }

    public SdkType CreateKeyOptions { get; }

    public SdkType CreateRsaKeyOptions { get; }

    public SdkType CreateEcKeyOptions { get; }

    public SdkType CreateOctKeyOptions { get; }

    public SdkType KeyRotationPolicy { get; }

    public SdkType KeyRotationLifetimeAction { get; }

    public SdkType KeyRotationPolicyAction { get; }

    public SdkType KeyReleasePolicy { get; }

    public SdkType KeyType { get; }

    public SdkType KeyCurveName { get; }

    public SdkType CryptographyClient { get; }

    public SdkType EncryptionAlgorithm { get; }

    public SdkType KeyWrapAlgorithm { get; }

    public SdkType EncryptParameters { get; }

    public KeyOptionsMembers KeyOptionsMembers { get; }

    public KeyRotationPolicyMembers KeyRotationPolicyMembers { get; }

    /// <summary><c>KeyReleasePolicy.Immutable</c>.</summary>
    public SdkProperty Immutable { get; }

    /// <summary>The options a key is created with: <c>CreateKeyOptions</c> and its RSA, EC and oct subclasses.</summary>
    public bool IsKeyOptions(ITypeSymbol? type) =>
        CreateKeyOptions.Matches(type) || CreateRsaKeyOptions.Matches(type) || CreateEcKeyOptions.Matches(type) || CreateOctKeyOptions.Matches(type);
}

/// <summary>The properties the rules read of a key's options: <c>CreateKeyOptions</c> and its subclasses.</summary>
internal sealed class KeyOptionsMembers
{
    public KeyOptionsMembers(KeySymbols keys)
    {
        ExpiresOn = keys.CreateKeyOptions.Property(nameof(ExpiresOn));
        Exportable = keys.CreateKeyOptions.Property(nameof(Exportable));
        ReleasePolicy = keys.CreateKeyOptions.Property(nameof(ReleasePolicy));
        KeySize = keys.CreateRsaKeyOptions.Property(nameof(KeySize));
        CurveName = keys.CreateEcKeyOptions.Property(nameof(CurveName));
    }

    public SdkProperty ExpiresOn { get; }

    public SdkProperty Exportable { get; }

    public SdkProperty ReleasePolicy { get; }

    /// <summary>Of <c>CreateRsaKeyOptions</c>.</summary>
    public SdkProperty KeySize { get; }

    /// <summary>Of <c>CreateEcKeyOptions</c>.</summary>
    public SdkProperty CurveName { get; }
}

/// <summary>The properties the rules read of <c>KeyRotationPolicy</c> and its lifetime actions.</summary>
internal sealed class KeyRotationPolicyMembers
{
    public KeyRotationPolicyMembers(KeySymbols keys)
    {
        ExpiresIn = keys.KeyRotationPolicy.Property(nameof(ExpiresIn));
        LifetimeActions = keys.KeyRotationPolicy.Property(nameof(LifetimeActions));
        TimeAfterCreate = keys.KeyRotationLifetimeAction.Property(nameof(TimeAfterCreate));
        TimeBeforeExpiry = keys.KeyRotationLifetimeAction.Property(nameof(TimeBeforeExpiry));
    }

    public SdkProperty ExpiresIn { get; }

    public SdkProperty LifetimeActions { get; }

    /// <summary>Of <c>KeyRotationLifetimeAction</c>.</summary>
    public SdkProperty TimeAfterCreate { get; }

    /// <summary>Of <c>KeyRotationLifetimeAction</c>.</summary>
    public SdkProperty TimeBeforeExpiry { get; }
}
