using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace OkxSafety.Analyzers.Okx.Logging;

/// <summary>Where text leaves the process.</summary>
internal enum TextSinkKind
{
    /// <summary>Microsoft.Extensions.Logging: LoggerExtensions.Log*, [LoggerMessage] methods.</summary>
    LogMessage,

    /// <summary>Microsoft.Extensions.Logging: BeginScope.</summary>
    LogScope,

    /// <summary>Serilog: Log.* and ILogger.* (Verbose … Fatal, Write), ForContext, LogContext.PushProperty.</summary>
    SerilogEvent,

    /// <summary>NLog: Logger.Trace … Fatal, Log.</summary>
    NLogEvent,

    /// <summary>log4net: ILog.Debug … Fatal and their *Format forms.</summary>
    Log4NetEvent,

    /// <summary>Console.Write*, Console.Out / Console.Error.</summary>
    Console,

    /// <summary>System.Diagnostics.Debug.</summary>
    Debug,

    /// <summary>System.Diagnostics.Trace and TraceSource.</summary>
    Trace,

    /// <summary>A TextWriter (or File.Append*) writing to a log file.</summary>
    LogFile,

    /// <summary>The message of a new exception.</summary>
    ExceptionMessage,
}

/// <summary>One write of text: the sink, its message template (for structured loggers) and the values written.</summary>
internal readonly struct TextSink
{
    public TextSink(TextSinkKind kind, IOperation? template, List<IOperation> values, bool destructuresAll = false)
    {
        Kind = kind;
        Template = template;
        Values = values;
        DestructuresAll = destructuresAll;
    }

    /// <summary>Every value is destructured (Serilog's ForContext / PushProperty with destructureObjects: true).</summary>
    public bool DestructuresAll { get; }

    public TextSinkKind Kind { get; }

    /// <summary>The message template of a structured logger (MEL, Serilog), whose holes take <see cref="Values"/> in order.</summary>
    public IOperation? Template { get; }

    /// <summary>The values written: the template's arguments in order (params arrays expanded), or every text argument.</summary>
    public List<IOperation> Values { get; }

    public bool IsStructured => Kind is TextSinkKind.LogMessage or TextSinkKind.LogScope or TextSinkKind.SerilogEvent or TextSinkKind.NLogEvent;
}

/// <summary>
/// Recognises the calls that write text out of the process: loggers (Microsoft.Extensions.Logging, Serilog), the
/// console, Debug / Trace, log-file writers, and exception messages. Ask <see cref="MayBeSinkName"/> (a name test)
/// or <see cref="MayBeExceptionCreation"/> first.
/// </summary>
internal static class TextSinks
{
    /// <summary>Cheap, name-only necessary condition for <see cref="TryGet(IInvocationOperation, CancellationToken, out TextSink)"/>.</summary>
    public static bool MayBeSinkName(string name)
    {
        switch (name)
        {
            case "Log" or "LogTrace" or "LogDebug" or "LogInformation" or "LogWarning" or "LogError" or "LogCritical" or "BeginScope":
            case "Verbose" or "Debug" or "Information" or "Warning" or "Error" or "Fatal" or "ForContext" or "PushProperty":
            case "Info" or "Warn" or "DebugFormat" or "InfoFormat" or "WarnFormat" or "ErrorFormat" or "FatalFormat":
            case "Write" or "WriteLine" or "WriteAsync" or "WriteLineAsync":
            case "WriteIf" or "WriteLineIf" or "Print" or "Fail" or "Assert" or "TraceInformation" or "TraceWarning" or "TraceError" or "TraceEvent":
            case "AppendAllText" or "AppendAllTextAsync" or "AppendAllLines" or "AppendAllLinesAsync":
            case "WriteAllText" or "WriteAllTextAsync" or "WriteAllLines" or "WriteAllLinesAsync":
                return true;
            default:
                return false;
        }
    }

    public static bool MayBeExceptionCreation(IObjectCreationOperation creation) =>
        creation.Arguments.Length > 0 && creation.Type is { TypeKind: TypeKind.Class } type && type.Name.EndsWith("Exception", StringComparison.Ordinal);

    public static bool TryGet(IInvocationOperation invocation, CancellationToken cancellationToken, out TextSink sink)
    {
        sink = default;
        var method = invocation.TargetMethod;
        var type = method.ContainingType;
        if (type is null || invocation.Arguments.IsEmpty)
        {
            return false;
        }

        switch (method.Name)
        {
            case "Log" or "LogTrace" or "LogDebug" or "LogInformation" or "LogWarning" or "LogError" or "LogCritical" or "BeginScope"
                when type.Name == "LoggerExtensions" && OkxTypes.IsInNamespace(type, "Microsoft.Extensions.Logging"):
                sink = Templated(method.Name == "BeginScope" ? TextSinkKind.LogScope : TextSinkKind.LogMessage, invocation, "message", "messageFormat");
                return true;
            case "BeginScope" when IsMelLogger(type):
                sink = new TextSink(TextSinkKind.LogScope, null, AllValues(invocation, skipFirst: false));
                return true;
            case "Verbose" or "Debug" or "Information" or "Warning" or "Error" or "Fatal" or "Write" when IsSerilog(type):
                sink = Templated(TextSinkKind.SerilogEvent, invocation, "messageTemplate", null);
                return true;
            case "ForContext" or "PushProperty" when invocation.Arguments.Length >= 2
                && invocation.Arguments[0].Value.Type?.SpecialType == SpecialType.System_String
                && (IsSerilog(type) || (type.Name == "LogContext" && OkxTypes.IsInNamespace(type, "Serilog.Context"))):
                // ForContext("Secret", value, destructureObjects) / LogContext.PushProperty("Secret", value, destructureObjects).
                sink = new TextSink(TextSinkKind.SerilogEvent, null, new List<IOperation> { invocation.Arguments[1].Value }, DestructuresProperty(invocation));
                return true;
            case "Trace" or "Debug" or "Info" or "Warn" or "Error" or "Fatal" or "Log" when IsInNamespaceRoot(type, "NLog"):
                sink = Templated(TextSinkKind.NLogEvent, invocation, "message", null);
                return sink.Template is not null;
            case "Debug" or "Info" or "Warn" or "Error" or "Fatal" or "DebugFormat" or "InfoFormat" or "WarnFormat" or "ErrorFormat" or "FatalFormat"
                when IsInNamespaceRoot(type, "log4net"):
                sink = new TextSink(TextSinkKind.Log4NetEvent, null, AllValues(invocation, skipFirst: false));
                return true;
        }

        if (HasLoggerMessageAttribute(method))
        {
            // A source-generated [LoggerMessage] method: every argument but the logger, the level and the exception is logged.
            var values = new List<IOperation>();
            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter?.Type is { } parameterType && !IsLoggerPlumbing(parameterType))
                {
                    values.Add(argument.Value);
                }
            }

            sink = new TextSink(TextSinkKind.LogMessage, null, values);
            return values.Count > 0;
        }

        if (!MayBeSinkName(method.Name))
        {
            return false;
        }

        if (type.Name is "Console" && OkxTypes.IsInNamespace(type, "System") && method.Name is "Write" or "WriteLine")
        {
            sink = new TextSink(TextSinkKind.Console, null, AllValues(invocation, skipFirst: false));
            return true;
        }

        if (type.Name is "Debug" or "Trace" or "TraceSource" && OkxTypes.IsInNamespace(type, "System.Diagnostics"))
        {
            sink = new TextSink(type.Name == "Debug" ? TextSinkKind.Debug : TextSinkKind.Trace, null, AllValues(invocation, skipFirst: false));
            return true;
        }

        if (method.Name is "Write" or "WriteLine" or "WriteAsync" or "WriteLineAsync" && IsTextWriter(type) && invocation.Instance is { } writer)
        {
            var kind = WriterKind(writer, cancellationToken);
            if (kind is null)
            {
                return false;
            }

            sink = new TextSink(kind.Value, null, AllValues(invocation, skipFirst: false));
            return true;
        }

        if ((method.Name.StartsWith("AppendAll", StringComparison.Ordinal) || method.Name.StartsWith("WriteAll", StringComparison.Ordinal)) && type.Name == "File" && OkxTypes.IsInNamespace(type, "System.IO")
            && invocation.Arguments.Length >= 2 && IsLogPath(invocation.Arguments[0].Value, cancellationToken))
        {
            sink = new TextSink(TextSinkKind.LogFile, null, new List<IOperation> { invocation.Arguments[1].Value });
            return true;
        }

        return false;
    }

    /// <summary>new …Exception(message, …): the text arguments of a constructor of a type deriving from System.Exception.</summary>
    public static bool TryGet(IObjectCreationOperation creation, out TextSink sink)
    {
        sink = default;
        if (!DerivesFromException(creation.Type))
        {
            return false;
        }

        var values = new List<IOperation>();
        foreach (var argument in creation.Arguments)
        {
            if (argument.Parameter?.Type.SpecialType == SpecialType.System_String)
            {
                values.Add(argument.Value);
            }
        }

        sink = new TextSink(TextSinkKind.ExceptionMessage, null, values);
        return values.Count > 0;
    }

    private static bool DerivesFromException(ITypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.Name == "Exception" && OkxTypes.IsInNamespace(current, "System"))
            {
                return true;
            }
        }

        return false;
    }

    private static TextSink Templated(TextSinkKind kind, IInvocationOperation invocation, string templateName, string? alternativeName)
    {
        IOperation? template = null;
        var values = new List<IOperation>();
        foreach (var argument in invocation.Arguments)
        {
            var parameter = argument.Parameter;
            if (parameter is null)
            {
                continue;
            }

            if (template is null && (parameter.Name == templateName || parameter.Name == alternativeName))
            {
                template = argument.Value;
                continue;
            }

            if (template is null || IsLoggerPlumbing(parameter.Type))
            {
                continue;
            }

            AddExpanded(argument, values);
        }

        return new TextSink(kind, template, values);
    }

    /// <summary>Every argument but the receiver of an extension method; a params array's elements one by one.</summary>
    private static List<IOperation> AllValues(IInvocationOperation invocation, bool skipFirst)
    {
        var values = new List<IOperation>();
        for (var i = skipFirst ? 1 : 0; i < invocation.Arguments.Length; i++)
        {
            var argument = invocation.Arguments[i];
            if (argument.Parameter?.Type is { } type && (type.SpecialType == SpecialType.System_Boolean || IsLoggerPlumbing(type)))
            {
                continue; // WriteIf's condition, Assert's condition, TraceEvent's event type
            }

            AddExpanded(argument, values);
        }

        return values;
    }

    private static void AddExpanded(IArgumentOperation argument, List<IOperation> values)
    {
        if (argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { Initializer: { } initializer })
        {
            foreach (var element in initializer.ElementValues)
            {
                values.Add(element);
            }
        }
        else if (argument.ArgumentKind != ArgumentKind.DefaultValue)
        {
            values.Add(argument.Value);
        }
    }

    /// <summary>The logger, level, event id and exception parameters of a logging call: not text.</summary>
    private static bool IsLoggerPlumbing(ITypeSymbol type) =>
        type.TypeKind == TypeKind.Enum
        || type.Name is "ILogger" or "EventId" or "LogLevel" or "LogEventLevel" or "Exception" or "IFormatProvider" or "CultureInfo"
        || (type.Name.EndsWith("Exception", StringComparison.Ordinal) && DerivesFromException(type));

    private static bool DestructuresProperty(IInvocationOperation invocation)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Type.SpecialType == SpecialType.System_Boolean && argument.Value.ConstantValue.Value is true)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The type is in <paramref name="root"/> or a namespace below it (NLog, NLog.Abstractions; log4net, log4net.Core).</summary>
    private static bool IsInNamespaceRoot(INamedTypeSymbol type, string root)
    {
        var ns = type.ContainingNamespace;
        while (ns is { IsGlobalNamespace: false, ContainingNamespace.IsGlobalNamespace: false })
        {
            ns = ns.ContainingNamespace;
        }

        return ns is { IsGlobalNamespace: false } && ns.Name == root;
    }

    private static bool IsMelLogger(INamedTypeSymbol type) =>
        type.Name == "ILogger" && OkxTypes.IsInNamespace(type, "Microsoft.Extensions.Logging");

    /// <summary>Serilog's static Log, its ILogger, and loggers implementing it (Serilog.Core.Logger).</summary>
    private static bool IsSerilog(INamedTypeSymbol type)
    {
        if ((type.Name is "Log" or "ILogger") && OkxTypes.IsInNamespace(type, "Serilog"))
        {
            return true;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (implemented.Name == "ILogger" && OkxTypes.IsInNamespace(implemented, "Serilog"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasLoggerMessageAttribute(IMethodSymbol method)
    {
        if (!method.IsPartialDefinition && method.PartialDefinitionPart is null && method.PartialImplementationPart is null)
        {
            return false;
        }

        foreach (var attribute in method.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "LoggerMessageAttribute" } attributeClass && OkxTypes.IsInNamespace(attributeClass, "Microsoft.Extensions.Logging"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTextWriter(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.Name == "TextWriter" && OkxTypes.IsInNamespace(current, "System.IO"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Console.Out / Console.Error are the console; a writer named for a log (logWriter, _log, LogFile) or opened on a
    /// log path (new StreamWriter("bot.log"), File.AppendText(logPath)) is a log file. Other writers (a StringWriter, a
    /// key file being written on purpose) are not reported.
    /// </summary>
    private static TextSinkKind? WriterKind(IOperation writer, CancellationToken cancellationToken)
    {
        writer = OperationWrappers.Skip(writer)!;
        if (writer is IPropertyReferenceOperation { Property: { Name: "Out" or "Error", IsStatic: true } property }
            && property.ContainingType.Name == "Console" && OkxTypes.IsInNamespace(property.ContainingType, "System"))
        {
            return TextSinkKind.Console;
        }

        if (writer.Type?.Name == "StringWriter")
        {
            return null;
        }

        ISymbol? holder = writer switch
        {
            ILocalReferenceOperation local => local.Local,
            IParameterReferenceOperation parameter => parameter.Parameter,
            IFieldReferenceOperation field => field.Field,
            IPropertyReferenceOperation { Property.IsIndexer: false } property2 => property2.Property,
            _ => null,
        };

        if (holder is not null && NamesALog(holder.Name))
        {
            return TextSinkKind.LogFile;
        }

        if (writer is ILocalReferenceOperation use)
        {
            foreach (var definition in LocalDefinitions.Reaching(use, cancellationToken))
            {
                if (OpensLogFile(definition, cancellationToken))
                {
                    return TextSinkKind.LogFile;
                }
            }
        }
        else if (OpensLogFile(writer, cancellationToken))
        {
            return TextSinkKind.LogFile;
        }

        return null;
    }

    private static bool OpensLogFile(IOperation? definition, CancellationToken cancellationToken)
    {
        definition = OperationWrappers.Skip(definition);
        return definition switch
        {
            IObjectCreationOperation { Arguments.Length: > 0 } creation when creation.Type?.Name == "StreamWriter" =>
                IsLogPath(creation.Arguments[0].Value, cancellationToken),
            IInvocationOperation { TargetMethod.Name: "AppendText" or "CreateText", Arguments.Length: 1 } open =>
                IsLogPath(open.Arguments[0].Value, cancellationToken),
            _ => false,
        };
    }

    /// <summary>A path that names a log: a constant with a word "log" (bot.log, logs/okx.txt), or a member named for one (logPath).</summary>
    private static bool IsLogPath(IOperation path, CancellationToken cancellationToken)
    {
        if (ConstantStrings.TryResolve(path, cancellationToken, out var text) && text is not null)
        {
            return NamesALog(text);
        }

        path = OperationWrappers.Skip(path)!;
        ISymbol? symbol = path switch
        {
            ILocalReferenceOperation local => local.Local,
            IParameterReferenceOperation parameter => parameter.Parameter,
            IFieldReferenceOperation field => field.Field,
            IPropertyReferenceOperation property => property.Property,
            _ => null,
        };

        return symbol is not null && NamesALog(symbol.Name);
    }

    /// <summary>A word of the name is log, logs, logger, logfile, logging… (not catalog, dialog).</summary>
    public static bool NamesALog(string name)
    {
        foreach (var word in IdentifierWords.Split(name))
        {
            if (word.StartsWith("log", StringComparison.Ordinal) && !word.StartsWith("login", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
