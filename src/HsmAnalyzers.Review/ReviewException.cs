using System;

namespace HsmAnalyzers.Review;

/// <summary>Wrong arguments or an unusable input: reported as one line on stderr with exit code 2.</summary>
internal sealed class ReviewException(string message) : Exception(message);
