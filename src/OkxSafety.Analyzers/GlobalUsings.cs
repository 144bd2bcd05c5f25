// The generic Roslyn helpers (Internals/) are used by every model and rule; one using for the whole project.
global using OkxSafety.Analyzers.Internals;
