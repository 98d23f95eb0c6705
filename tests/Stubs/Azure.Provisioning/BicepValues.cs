// Compile-only stand-in of the value types of Azure.Provisioning (1.x): a property of a provisioning resource holds
// a literal, an expression (a parameter, another resource's output) or nothing.

using System;
using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;
using Azure.Provisioning.Expressions;

namespace Azure.Provisioning
{
    public enum BicepValueKind
    {
        Unset = 0,
        Literal = 1,
        Expression = 2,
    }

    public abstract partial class BicepValue
    {
        internal BicepValue() { }

        [EditorBrowsable(EditorBrowsableState.Never)]
        public virtual bool IsEmpty => throw null;

        public BicepExpression Compile() => throw null;

        public static explicit operator BicepExpression(BicepValue value) => throw null;

        public override string ToString() => throw null;
    }

    public partial class BicepValue<T> : BicepValue
    {
        public BicepValue(BicepExpression expression) => throw null;

        public BicepValue(T literal) => throw null;

        public T Value => throw null;

        [EditorBrowsable(EditorBrowsableState.Never)]
        public void Assign(BicepValue<T> source) => throw null;

        public void ClearValue() => throw null;

        public static implicit operator BicepValue<string>(BicepValue<T> value) => throw null;

        public static implicit operator BicepValue<T>(BicepExpression expression) => throw null;

        public static implicit operator BicepValue<T>(ProvisioningVariable reference) => throw null;

        public static implicit operator BicepValue<T>(T value) => throw null;
    }

    public partial class BicepList<T> : BicepValue, IList<BicepValue<T>>, IReadOnlyList<BicepValue<T>>
    {
        public BicepList() => throw null;

        public BicepList(IList<BicepValue<T>> values) => throw null;

        public int Count => throw null;

        public override bool IsEmpty => throw null;

        public bool IsReadOnly => throw null;

        public BicepValue<T> this[int index] { get => throw null; set => throw null; }

        public void Add(BicepValue<T> item) => throw null;

        [EditorBrowsable(EditorBrowsableState.Never)]
        public void Assign(BicepList<T> source) => throw null;

        public void Clear() => throw null;

        public bool Contains(BicepValue<T> item) => throw null;

        public void CopyTo(BicepValue<T>[] array, int arrayIndex) => throw null;

        public IEnumerator<BicepValue<T>> GetEnumerator() => throw null;

        public int IndexOf(BicepValue<T> item) => throw null;

        public void Insert(int index, BicepValue<T> item) => throw null;

        public static implicit operator BicepList<T>(ProvisioningVariable reference) => throw null;

        public bool Remove(BicepValue<T> item) => throw null;

        public void RemoveAt(int index) => throw null;

        IEnumerator IEnumerable.GetEnumerator() => throw null;
    }

    public partial class BicepDictionary<T> : BicepValue, IDictionary<string, BicepValue<T>>
    {
        public BicepDictionary() => throw null;

        public BicepDictionary(IDictionary<string, BicepValue<T>> values) => throw null;

        public int Count => throw null;

        public override bool IsEmpty => throw null;

        public bool IsReadOnly => throw null;

        public BicepValue<T> this[string key] { get => throw null; set => throw null; }

        public ICollection<string> Keys => throw null;

        public ICollection<BicepValue<T>> Values => throw null;

        public void Add(KeyValuePair<string, BicepValue<T>> item) => throw null;

        public void Add(string key, BicepValue<T> value) => throw null;

        public void Clear() => throw null;

        public bool Contains(KeyValuePair<string, BicepValue<T>> item) => throw null;

        public bool ContainsKey(string key) => throw null;

        public void CopyTo(KeyValuePair<string, BicepValue<T>>[] array, int arrayIndex) => throw null;

        public IEnumerator<KeyValuePair<string, BicepValue<T>>> GetEnumerator() => throw null;

        public static implicit operator BicepDictionary<T>(ProvisioningVariable reference) => throw null;

        public bool Remove(KeyValuePair<string, BicepValue<T>> item) => throw null;

        public bool Remove(string key) => throw null;

        public bool TryGetValue(string key, out BicepValue<T> value) => throw null;

        IEnumerator IEnumerable.GetEnumerator() => throw null;
    }
}

namespace Azure.Provisioning.Expressions
{
    public abstract partial class BicepExpression
    {
        internal BicepExpression() { }
    }

    public abstract partial class BicepStatement
    {
        internal BicepStatement() { }
    }
}
