// Compile-only stand-in of the infrastructure, variables and primitives of Azure.Provisioning (1.x).

using System;
using System.Collections.Generic;
using Azure.Core;
using Azure.Provisioning.Expressions;
using Azure.Provisioning.Primitives;

namespace Azure.Provisioning
{
    public partial class Infrastructure : Provisionable
    {
        public Infrastructure(string bicepName = "main") => throw null;

        public string BicepName => throw null;

        public virtual void Add(Provisionable resource) => throw null;

        public virtual ProvisioningPlan Build(ProvisioningBuildOptions options = null) => throw null;

        public override IEnumerable<Provisionable> GetProvisionableResources() => throw null;

        public virtual void Remove(Provisionable resource) => throw null;
    }

    public partial class ProvisioningBuildOptions
    {
        public ProvisioningBuildOptions() => throw null;

        public Random Random { get => throw null; set => throw null; }
    }

    public partial class ProvisioningPlan
    {
        internal ProvisioningPlan() { }

        public ProvisioningBuildOptions BuildOptions => throw null;

        public Infrastructure Infrastructure => throw null;

        public IDictionary<string, string> Compile() => throw null;

        public IEnumerable<string> Save(string directoryPath) => throw null;
    }

    public partial class ProvisioningVariable : NamedProvisionableConstruct
    {
        protected ProvisioningVariable(string bicepIdentifier, BicepExpression type, BicepValue<object> value) : base(bicepIdentifier) => throw null;

        public ProvisioningVariable(string bicepIdentifier, Type type) : base(bicepIdentifier) => throw null;

        public string Description { get => throw null; set => throw null; }

        public BicepValue<object> Value { get => throw null; set => throw null; }
    }

    public partial class ProvisioningParameter : ProvisioningVariable
    {
        public ProvisioningParameter(string bicepIdentifier, BicepExpression type) : base(bicepIdentifier, type, null) => throw null;

        public ProvisioningParameter(string bicepIdentifier, Type type) : base(bicepIdentifier, type) => throw null;

        public bool IsSecure { get => throw null; set => throw null; }
    }

    public partial class ProvisioningOutput : ProvisioningVariable
    {
        public ProvisioningOutput(string bicepIdentifier, BicepExpression type) : base(bicepIdentifier, type, null) => throw null;

        public ProvisioningOutput(string bicepIdentifier, Type type) : base(bicepIdentifier, type) => throw null;
    }
}

namespace Azure.Provisioning.Primitives
{
    public abstract partial class Provisionable
    {
        internal Provisionable() { }

        public virtual IEnumerable<Provisionable> GetProvisionableResources() => throw null;
    }

    public abstract partial class ProvisionableConstruct : Provisionable
    {
        protected ProvisionableConstruct() => throw null;

        public Infrastructure ParentInfrastructure { get => throw null; set => throw null; }

        protected virtual void DefineProvisionableProperties() => throw null;
    }

    public abstract partial class NamedProvisionableConstruct : ProvisionableConstruct
    {
        protected NamedProvisionableConstruct(string bicepIdentifier) => throw null;

        public string BicepIdentifier { get => throw null; set => throw null; }
    }

    public abstract partial class ProvisionableResource : NamedProvisionableConstruct
    {
        protected ProvisionableResource(string bicepIdentifier, ResourceType resourceType, string resourceVersion = null) : base(bicepIdentifier) => throw null;

        public IList<ProvisionableResource> DependsOn => throw null;

        public bool IsExistingResource { get => throw null; protected set => throw null; }

        public ResourceType ResourceType => throw null;

        public string ResourceVersion { get => throw null; set => throw null; }

        public virtual ProvisioningPlan Build(ProvisioningBuildOptions options = null) => throw null;
    }
}
