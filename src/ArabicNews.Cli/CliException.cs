using System;

namespace ArabicNews.Cli;

/// <summary>A mistake of the person running the tool: reported as one line on standard error, exit code 2.</summary>
internal sealed class CliException(string message) : Exception(message);
