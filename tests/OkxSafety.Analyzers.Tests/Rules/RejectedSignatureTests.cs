using OkxSafety.Analyzers.Tests.Verifiers;
using Messages = OkxSafety.Analyzers.Descriptors.RejectedSignatureMessages;
using VerifyCS = OkxSafety.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    OkxSafety.Analyzers.Rules.RejectedSignatureAnalyzer,
    OkxSafety.Analyzers.CodeFixes.RejectedSignatureCodeFixProvider>;

namespace OkxSafety.Analyzers.Tests.Rules;

public class RejectedSignatureTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Globalization;
        using System.Linq;
        using System.Net.Http;
        using System.Security.Cryptography;
        using System.Text;
        using System.Text.Json;

        """;

    /// <summary>A REST client that signs the way OKX checks: every must-fire test changes one piece of it.</summary>
    private const string Rest = Usings + """
        public sealed class OkxClient
        {
            private readonly string _secretKey = Environment.GetEnvironmentVariable("OKX_SECRET_KEY")?.Trim() ?? "";

            public HttpRequestMessage Create(HttpMethod method, Uri uri, string body)
            {
                var timestamp = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
                var request = new HttpRequestMessage(method, uri);
                request.Headers.Add("OK-ACCESS-SIGN", Sign(timestamp + method.Method + uri.PathAndQuery + body));
                request.Headers.Add("OK-ACCESS-TIMESTAMP", timestamp);
                return request;
            }

            private string Sign(string prehash)
            {
                using (var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(_secretKey)))
                {
                    return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(prehash)));
                }
            }
        }
        """;

    /// <summary>A WebSocket login that signs the way OKX checks.</summary>
    private const string Login = Usings + """
        public sealed class OkxSocket
        {
            private readonly string _apiKey = Environment.GetEnvironmentVariable("OKX_API_KEY")?.Trim() ?? "";
            private readonly string _secretKey = Environment.GetEnvironmentVariable("OKX_SECRET_KEY")?.Trim() ?? "";
            private readonly string _passphrase = Environment.GetEnvironmentVariable("OKX_PASSPHRASE")?.Trim() ?? "";

            public string LoginMessage()
            {
                var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString();
                var sign = Sign(timestamp + "GET" + "/users/self/verify");
                return JsonSerializer.Serialize(new { op = "login", args = new[] { new { apiKey = _apiKey, passphrase = _passphrase, timestamp = timestamp, sign = sign } } });
            }

            private string Sign(string prehash)
            {
                using (var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(_secretKey)))
                {
                    return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(prehash)));
                }
            }
        }
        """;

    private static string With(string template, string correct, string changed)
    {
        Assert.Contains(correct, template);
        return template.Replace(correct, changed);
    }

    private static DiagnosticResult Rejected(string mistake, string answer) =>
        VerifyCS.Diagnostic(Descriptors.RejectedSignature).WithLocation(0).WithArguments(mistake, answer);

    private const string TimestampLine = """var timestamp = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);""";
    private const string Base64 = "Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(prehash)))";

    // ---------------------------------------------------------------- clean code

    [Fact]
    public Task CorrectRestSigning_IsQuiet() => VerifyCS.VerifyAnalyzerAsync(Rest);

    [Fact]
    public Task CorrectLogin_IsQuiet() => VerifyCS.VerifyAnalyzerAsync(Login);

    // ---------------------------------------------------------------- two clock reads

    [Fact]
    public Task TwoClockReads_InlineBoth_FixedWithOneLocal() => VerifyCS.VerifyCodeFixAsync(
        With(With(Rest, "        " + TimestampLine + "\n", ""),
            """
                    request.Headers.Add("OK-ACCESS-SIGN", Sign(timestamp + method.Method + uri.PathAndQuery + body));
                    request.Headers.Add("OK-ACCESS-TIMESTAMP", timestamp);
            """,
            """
                    request.Headers.Add("OK-ACCESS-SIGN", Sign(DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture) + method.Method + uri.PathAndQuery + body));
                    request.Headers.Add("OK-ACCESS-TIMESTAMP", {|#0:DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture)|});
            """),
        Rejected(Messages.TwoClockReads, Messages.InvalidSignature),
        With(With(Rest, "        " + TimestampLine + "\n", ""),
            """
                    request.Headers.Add("OK-ACCESS-SIGN", Sign(timestamp + method.Method + uri.PathAndQuery + body));
            """,
            """
                    var timestamp = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
                    request.Headers.Add("OK-ACCESS-SIGN", Sign(timestamp + method.Method + uri.PathAndQuery + body));
            """));

    [Fact]
    public Task TwoClockReads_HeaderFromLocal_SignReadsAgain_FixedWithTheLocal() => VerifyCS.VerifyCodeFixAsync(
        With(Rest, "Sign(timestamp + method.Method", """Sign({|#0:DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture)|} + method.Method"""),
        Rejected(Messages.TwoClockReads, Messages.InvalidSignature),
        Rest);

    private const string NowMethod = "    private static string Now() => DateTime.UtcNow.ToString(\"yyyy-MM-ddTHH:mm:ss.fffZ\", CultureInfo.InvariantCulture);\n\n    private string Sign(";

    [Fact]
    public Task TwoClockReads_ThroughTimestampMethod_FixedWithOneLocal() => VerifyCS.VerifyCodeFixAsync(
        With(With(With(With(Rest, "        " + TimestampLine + "\n", ""), "Sign(timestamp + method.Method", "Sign(Now() + method.Method"),
            """("OK-ACCESS-TIMESTAMP", timestamp)""", """("OK-ACCESS-TIMESTAMP", {|#0:Now()|})"""), "    private string Sign(", NowMethod),
        Rejected(Messages.TwoClockReads, Messages.InvalidSignature),
        With(With(Rest, TimestampLine, "var timestamp = Now();"), "    private string Sign(", NowMethod)
            .Replace("        var timestamp = Now();\n        var request = new HttpRequestMessage(method, uri);\n", "        var request = new HttpRequestMessage(method, uri);\n        var timestamp = Now();\n"));

    [Fact]
    public Task OneReadThroughTimestampMethod_IsQuiet() => VerifyCS.VerifyAnalyzerAsync(
        With(Rest, TimestampLine, "var timestamp = Now();").Replace(
            "    private string Sign(",
            "    private static string Now() => DateTime.UtcNow.ToString(\"yyyy-MM-ddTHH:mm:ss.fffZ\", CultureInfo.InvariantCulture);\n\n    private string Sign("));

    // ---------------------------------------------------------------- REST timestamp

    [Fact]
    public Task LocalTime_FixedWithUtcNow() => VerifyCS.VerifyCodeFixAsync(
        With(Rest, "DateTime.UtcNow.ToString(", "{|#0:DateTime.Now|}.ToString("),
        Rejected(Messages.LocalTime, Messages.ExpiredTimestamp),
        Rest);

    [Fact]
    public Task LocalTimeConvertedToUtc_IsQuiet() => VerifyCS.VerifyAnalyzerAsync(
        With(Rest, "DateTime.UtcNow.ToString(", "DateTime.Now.ToUniversalTime().ToString("));

    [Fact]
    public Task UnixSeconds_FixedWithIsoTimestamp() => VerifyCS.VerifyCodeFixAsync(
        With(Rest, TimestampLine, "var timestamp = {|#0:DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString()|};"),
        Rejected(Messages.UnixTimestamp, Messages.InvalidTimestamp),
        Rest);

    [Fact]
    public Task UnixMillisecondsInLongLocal_FixedWithIsoTimestampAndStringLocal() => VerifyCS.VerifyCodeFixAsync(
        With(With(With(Rest, TimestampLine, "long timestamp = {|#0:DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()|};"),
            "Sign(timestamp + method.Method", "Sign(timestamp.ToString() + method.Method"),
            """("OK-ACCESS-TIMESTAMP", timestamp)""", """("OK-ACCESS-TIMESTAMP", timestamp.ToString())"""),
        Rejected(Messages.UnixTimestamp, Messages.InvalidTimestamp),
        With(With(With(Rest, TimestampLine, """string timestamp = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);"""),
            "Sign(timestamp + method.Method", "Sign(timestamp.ToString() + method.Method"),
            """("OK-ACCESS-TIMESTAMP", timestamp)""", """("OK-ACCESS-TIMESTAMP", timestamp.ToString())"""));

    [Fact]
    public Task CultureDefaultToString_FixedWithIsoTimestamp() => VerifyCS.VerifyCodeFixAsync(
        With(Rest, TimestampLine, "var timestamp = {|#0:DateTime.UtcNow.ToString()|};"),
        Rejected(Messages.CultureTimestamp, Messages.InvalidTimestamp),
        Rest);

    [Fact]
    public Task IsoTimestampWithFormatOnly_IsQuiet() => VerifyCS.VerifyAnalyzerAsync(
        With(Rest, TimestampLine, """var timestamp = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ");"""));

    // ---------------------------------------------------------------- path, method

    [Fact]
    public Task AbsolutePath_FixedWithPathAndQuery() => VerifyCS.VerifyCodeFixAsync(
        With(Rest, "uri.PathAndQuery", "{|#0:uri.AbsolutePath|}"),
        Rejected(Messages.PathWithoutQuery, Messages.InvalidSignature),
        Rest);

    [Fact]
    public Task LocalPathThroughSignParameters_FixedWithPathAndQuery() => VerifyCS.VerifyCodeFixAsync(
        With(With(Rest, "Sign(timestamp + method.Method + uri.PathAndQuery + body)", "Sign(timestamp, method.Method, {|#0:uri.LocalPath|}, body)"),
            "private string Sign(string prehash)\n    {", "private string Sign(string timestamp, string method, string path, string body)\n    {\n        var prehash = timestamp + method + path + body;"),
        Rejected(Messages.PathWithoutQuery, Messages.InvalidSignature),
        With(With(Rest, "Sign(timestamp + method.Method + uri.PathAndQuery + body)", "Sign(timestamp, method.Method, uri.PathAndQuery, body)"),
            "private string Sign(string prehash)\n    {", "private string Sign(string timestamp, string method, string path, string body)\n    {\n        var prehash = timestamp + method + path + body;"));

    /// <summary>A helper that writes only the sign header: its text mentions sign, but not timestamp or HMAC.</summary>
    private static string WithSignHelper(string path) => With(
        With(Rest, "request.Headers.Add(\"OK-ACCESS-SIGN\", Sign(timestamp + method.Method + uri.PathAndQuery + body));", "AddSignature(request, timestamp, body);"),
        "    private string Sign(string prehash)",
        "    private void AddSignature(HttpRequestMessage request, string ts, string body) =>\n"
        + "        request.Headers.Add(\"OK-ACCESS-SIGN\", Sign(ts + request.Method.Method + " + path + " + body));\n\n"
        + "    private string Sign(string prehash)");

    [Fact]
    public Task AbsolutePathInABodyThatMentionsOnlySign_FixedWithPathAndQuery() => VerifyCS.VerifyCodeFixAsync(
        WithSignHelper("{|#0:request.RequestUri!.AbsolutePath|}"),
        Rejected(Messages.PathWithoutQuery, Messages.InvalidSignature),
        WithSignHelper("request.RequestUri!.PathAndQuery"));

    [Fact]
    public Task PathAndQueryInABodyThatMentionsOnlySign_IsQuiet() => VerifyCS.VerifyAnalyzerAsync(WithSignHelper("request.RequestUri!.PathAndQuery"));

    [Fact]
    public Task AbsolutePathNotSigned_IsQuiet() => VerifyCS.VerifyAnalyzerAsync(
        With(Rest, "return request;", "Console.WriteLine(uri.AbsolutePath);\n        return request;"));

    [Fact]
    public Task LowerCaseMethodLiteral_FixedUpperCase() => VerifyCS.VerifyCodeFixAsync(
        With(Rest, "timestamp + method.Method + uri.PathAndQuery", "timestamp + {|#0:\"get\"|} + uri.PathAndQuery"),
        Rejected(Messages.LowerCaseMethod, Messages.InvalidSignature),
        With(Rest, "timestamp + method.Method + uri.PathAndQuery", "timestamp + \"GET\" + uri.PathAndQuery"));

    [Fact]
    public Task LowerCaseMethodInInterpolation_FixedUpperCase() => VerifyCS.VerifyCodeFixAsync(
        With(Rest, "Sign(timestamp + method.Method + uri.PathAndQuery + body)", "Sign($\"{timestamp}{|#0:post|}{uri.PathAndQuery}{body}\")"),
        Rejected(Messages.LowerCaseMethod, Messages.InvalidSignature),
        With(Rest, "Sign(timestamp + method.Method + uri.PathAndQuery + body)", "Sign($\"{timestamp}POST{uri.PathAndQuery}{body}\")"));

    [Fact]
    public Task ToLowerOfMethod_FixedWithToUpperInvariant() => VerifyCS.VerifyCodeFixAsync(
        With(Rest, "timestamp + method.Method + uri", "timestamp + {|#0:method.Method.ToLowerInvariant()|} + uri"),
        Rejected(Messages.LowerCaseMethod, Messages.InvalidSignature),
        With(Rest, "timestamp + method.Method + uri", "timestamp + method.Method.ToUpperInvariant() + uri"));

    [Fact]
    public Task LowerCaseTextElsewhere_IsQuiet() => VerifyCS.VerifyAnalyzerAsync(
        With(Rest, "return request;", "Console.WriteLine(\"get\" + method.Method.ToLower());\n        return request;"));

    // ---------------------------------------------------------------- encoding, key, hash

    [Fact]
    public Task HexSignature_ToHexString_FixedWithBase64() => VerifyCS.VerifyCodeFixAsync(
        With(Rest, Base64, "{|#0:Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes(prehash)))|}"),
        Rejected(Messages.HexSignature, Messages.InvalidSignature),
        Rest);

    [Fact]
    public Task HexSignature_BitConverterChain_FixedWithBase64() => VerifyCS.VerifyCodeFixAsync(
        With(Rest, Base64, "{|#0:BitConverter.ToString(hmac.ComputeHash(Encoding.UTF8.GetBytes(prehash))).Replace(\"-\", \"\").ToLowerInvariant()|}"),
        Rejected(Messages.HexSignature, Messages.InvalidSignature),
        Rest);

    [Fact]
    public Task HexSignature_SelectX2_FixedWithBase64() => VerifyCS.VerifyCodeFixAsync(
        With(Rest, Base64, "{|#0:string.Concat(hmac.ComputeHash(Encoding.UTF8.GetBytes(prehash)).Select(b => b.ToString(\"x2\")))|}"),
        Rejected(Messages.HexSignature, Messages.InvalidSignature),
        Rest);

    [Fact]
    public Task DecodedSecret_FixedWithUtf8Bytes() => VerifyCS.VerifyCodeFixAsync(
        With(Rest, "new HMACSHA256(Encoding.UTF8.GetBytes(_secretKey))", "new HMACSHA256({|#0:Convert.FromBase64String(_secretKey)|})"),
        Rejected(Messages.DecodedSecret, Messages.InvalidSignature),
        Rest);

    [Fact]
    public Task DecodedSecretInField_FixedWithUtf8Bytes() => VerifyCS.VerifyCodeFixAsync(
        With(With(Rest, "new HMACSHA256(Encoding.UTF8.GetBytes(_secretKey))", "new HMACSHA256(_key)"),
            "    public HttpRequestMessage Create(", "    private readonly byte[] _key = {|#0:Convert.FromBase64String(Environment.GetEnvironmentVariable(\"OKX_SECRET_KEY\")?.Trim() ?? \"\")|};\n\n    public HttpRequestMessage Create("),
        Rejected(Messages.DecodedSecret, Messages.InvalidSignature),
        With(With(Rest, "new HMACSHA256(Encoding.UTF8.GetBytes(_secretKey))", "new HMACSHA256(_key)"),
            "    public HttpRequestMessage Create(", "    private readonly byte[] _key = Encoding.UTF8.GetBytes(Environment.GetEnvironmentVariable(\"OKX_SECRET_KEY\")?.Trim() ?? \"\");\n\n    public HttpRequestMessage Create("));

    [Fact]
    public Task HmacSha512_FixedWithHmacSha256() => VerifyCS.VerifyCodeFixAsync(
        With(Rest, "new HMACSHA256(", "new {|#0:HMACSHA512|}("),
        Rejected(Messages.HmacSha512, Messages.InvalidSignature),
        Rest);

    [Fact]
    public Task HmacSha1InExplicitlyTypedLocal_FixedWithHmacSha256() => VerifyCS.VerifyCodeFixAsync(
        With(Rest, "using (var hmac = new HMACSHA256(", "using (HMACSHA1 hmac = new {|#0:HMACSHA1|}("),
        Rejected(Messages.HmacSha1, Messages.InvalidSignature),
        With(Rest, "using (var hmac = new HMACSHA256(", "using (HMACSHA256 hmac = new HMACSHA256("));

    [Fact]
    public Task PlainSha256_FixedWithHmacOfTheSecret() => VerifyCS.VerifyCodeFixAsync(
        With(Rest, "using (var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(_secretKey)))", "using (var hmac = {|#0:SHA256.Create()|})"),
        Rejected(Messages.PlainHash, Messages.InvalidSignature),
        Rest);

    [Fact]
    public Task UnrelatedHashingInOkxClient_IsQuiet() => VerifyCS.VerifyAnalyzerAsync(
        With(Rest, "    private string Sign(", """
                public static string Checksum(byte[] file)
                {
                    using (var sha = SHA512.Create())
                    {
                        return BitConverter.ToString(sha.ComputeHash(file)).Replace("-", "") + Convert.FromBase64String("AA==").Length + DateTime.Now.ToString();
                    }
                }

                private string Sign(
            """));

    // ---------------------------------------------------------------- WebSocket login

    [Fact]
    public Task LoginIsoTimestamp_FixedWithUnixSeconds() => VerifyCS.VerifyCodeFixAsync(
        With(Login, "DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString()", """{|#0:DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture)|}"""),
        Rejected(Messages.LoginDateTimestamp, Messages.LoginRefused),
        Login);

    [Fact]
    public Task LoginMilliseconds_FixedWithSeconds() => VerifyCS.VerifyCodeFixAsync(
        With(Login, "DateTimeOffset.UtcNow.ToUnixTimeSeconds()", "{|#0:DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()|}"),
        Rejected(Messages.LoginMillisecondsTimestamp, Messages.LoginRefused),
        Login);

    [Fact]
    public Task LoginWrongPath_FixedWithVerifyPath() => VerifyCS.VerifyCodeFixAsync(
        With(Login, "\"/users/self/verify\"", "{|#0:\"/api/v5/users/self/verify\"|}"),
        Rejected(Messages.LoginPrehash, Messages.LoginRefused),
        Login);

    [Fact]
    public Task LoginWithoutMethod_FixedWithGetAndVerifyPath() => VerifyCS.VerifyCodeFixAsync(
        With(Login, "timestamp + \"GET\" + \"/users/self/verify\"", "timestamp + {|#0:\"/users/self/verify\"|}"),
        Rejected(Messages.LoginPrehash, Messages.LoginRefused),
        With(Login, "timestamp + \"GET\" + \"/users/self/verify\"", "timestamp + \"GET/users/self/verify\""));

    [Fact]
    public Task LoginHexSignature_IsRefusedLogin() => VerifyCS.VerifyCodeFixAsync(
        With(Login, Base64, "{|#0:Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes(prehash)))|}"),
        Rejected(Messages.HexSignature, Messages.LoginRefused),
        Login);

    [Fact]
    public Task LoginTimestampWithMillisecondsForAnotherApi_IsQuiet() => VerifyCS.VerifyAnalyzerAsync(
        With(Login, "return JsonSerializer", "var clientOrderId = \"bot\" + DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();\n        return JsonSerializer"));

    // ---------------------------------------------------------------- other exchanges

    private const string Binance = Usings + """
        public sealed class BinanceClient
        {
            private readonly string _secretKey = Environment.GetEnvironmentVariable("BINANCE_SECRET")?.Trim() ?? "";

            public HttpRequestMessage Create(HttpMethod method, Uri uri)
            {
                var timestamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
                var query = uri.Query.TrimStart('?') + "&timestamp=" + timestamp;
                var request = new HttpRequestMessage(method, uri.AbsolutePath + "?" + query + "&signature=" + Sign(query));
                request.Headers.Add("X-MBX-APIKEY", "k");
                return request;
            }

            private string Sign(string payload)
            {
                using (var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(_secretKey)))
                {
                    return Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes(payload))).ToLowerInvariant();
                }
            }
        }
        """;

    [Fact]
    public Task BinanceSigningBesideOkx_IsQuiet() => VerifyCS.VerifyAnalyzerAsync(Rest + "\n" + Binance.Substring(Usings.Length));

    [Fact]
    public Task KuCoinStyleHeaders_InOkxFile_AreQuiet() => VerifyCS.VerifyAnalyzerAsync(Rest + "\n" + """
        public sealed class KucoinClient
        {
            public void Sign(HttpRequestMessage request, string secret, string passphrase)
            {
                var timestamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString();
                using (var hmac = new HMACSHA512(Convert.FromBase64String(secret)))
                {
                    request.Headers.Add("KC-API-SIGN", BitConverter.ToString(hmac.ComputeHash(Encoding.UTF8.GetBytes(timestamp + "get" + request.RequestUri!.AbsolutePath))));
                    request.Headers.Add("KC-API-TIMESTAMP", DateTime.Now.ToString());
                }
            }
        }
        """);

    [Fact]
    public Task BitgetStyleLogin_NotOkx_IsQuiet() => VerifyCS.VerifyAnalyzerAsync(Usings + """
        public sealed class BitgetSocket
        {
            public string LoginMessage(string apiKey, string secret, string passphrase)
            {
                var timestamp = DateTime.UtcNow.ToString("o");
                using (var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret)))
                {
                    var sign = Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes(timestamp + "get" + "/user/verify")));
                    return JsonSerializer.Serialize(new { op = "login", args = new[] { new { apiKey, passphrase, timestamp, sign } } });
                }
            }
        }
        """);

    [Fact]
    public Task RenamedHeaders_AreQuiet() => VerifyCS.VerifyAnalyzerAsync(
        With(With(With(Rest, "OK-ACCESS-SIGN", "X-ACCESS-SIGN"), "OK-ACCESS-TIMESTAMP", "X-ACCESS-TIMESTAMP"), Base64, "Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes(prehash)))")
            .Replace("class OkxClient", "class ExchangeClient"));

    // ---------------------------------------------------------------- more shapes that fire

    [Fact]
    public Task EveryMistakeAtOnce_FixAllFixesEveryKind() => VerifyCS.VerifyCodeFixAsync(
        Usings + """
            public sealed class OkxClient
            {
                private readonly byte[] _key = {|#0:Convert.FromBase64String(Environment.GetEnvironmentVariable("OKX_SECRET_KEY")?.Trim() ?? "")|};

                public HttpRequestMessage Create(HttpMethod method, Uri uri, string body)
                {
                    var request = new HttpRequestMessage(method, uri);
                    request.Headers.Add("OK-ACCESS-SIGN", Sign(DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture) + {|#1:method.Method.ToLower()|} + {|#2:uri.AbsolutePath|} + body));
                    request.Headers.Add("OK-ACCESS-TIMESTAMP", {|#3:DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture)|});
                    return request;
                }

                private string Sign(string prehash)
                {
                    using (var hmac = new {|#4:HMACSHA512|}(_key))
                    {
                        return {|#5:Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes(prehash)))|};
                    }
                }
            }
            """,
        new[]
        {
            VerifyCS.Diagnostic(Descriptors.RejectedSignature).WithLocation(0).WithArguments(Messages.DecodedSecret, Messages.InvalidSignature),
            VerifyCS.Diagnostic(Descriptors.RejectedSignature).WithLocation(1).WithArguments(Messages.LowerCaseMethod, Messages.InvalidSignature),
            VerifyCS.Diagnostic(Descriptors.RejectedSignature).WithLocation(2).WithArguments(Messages.PathWithoutQuery, Messages.InvalidSignature),
            VerifyCS.Diagnostic(Descriptors.RejectedSignature).WithLocation(3).WithArguments(Messages.TwoClockReads, Messages.InvalidSignature),
            VerifyCS.Diagnostic(Descriptors.RejectedSignature).WithLocation(4).WithArguments(Messages.HmacSha512, Messages.InvalidSignature),
            VerifyCS.Diagnostic(Descriptors.RejectedSignature).WithLocation(5).WithArguments(Messages.HexSignature, Messages.InvalidSignature),
        },
        Usings + """
            public sealed class OkxClient
            {
                private readonly byte[] _key = Encoding.UTF8.GetBytes(Environment.GetEnvironmentVariable("OKX_SECRET_KEY")?.Trim() ?? "");

                public HttpRequestMessage Create(HttpMethod method, Uri uri, string body)
                {
                    var request = new HttpRequestMessage(method, uri);
                    var timestamp = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
                    request.Headers.Add("OK-ACCESS-SIGN", Sign(timestamp + method.Method.ToUpperInvariant() + uri.PathAndQuery + body));
                    request.Headers.Add("OK-ACCESS-TIMESTAMP", timestamp);
                    return request;
                }

                private string Sign(string prehash)
                {
                    using (var hmac = new HMACSHA256(_key))
                    {
                        return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(prehash)));
                    }
                }
            }
            """);

    [Fact]
    public Task DateTimeOffsetNow_FixedWithUtcNow() => VerifyCS.VerifyCodeFixAsync(
        With(Rest, "DateTime.UtcNow.ToString(", "{|#0:DateTimeOffset.Now|}.ToString("),
        Rejected(Messages.LocalTime, Messages.ExpiredTimestamp),
        With(Rest, "DateTime.UtcNow.ToString(", "DateTimeOffset.UtcNow.ToString("));

    [Fact]
    public Task HeaderDictionary_CultureTimestamp_Fixed() => VerifyCS.VerifyCodeFixAsync(
        Usings + """
            public static class OkxHeaders
            {
                public static Dictionary<string, string> For(string sign) => new Dictionary<string, string>
                {
                    ["OK-ACCESS-SIGN"] = sign,
                    ["OK-ACCESS-TIMESTAMP"] = {|#0:DateTime.UtcNow.ToString()|},
                };
            }
            """,
        Rejected(Messages.CultureTimestamp, Messages.InvalidTimestamp),
        Usings + """
            public static class OkxHeaders
            {
                public static Dictionary<string, string> For(string sign) => new Dictionary<string, string>
                {
                    ["OK-ACCESS-SIGN"] = sign,
                    ["OK-ACCESS-TIMESTAMP"] = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
                };
            }
            """);

    [Fact]
    public Task StaticHashDataWithHmacSha384_FixedWithHmacSha256() => VerifyCS.VerifyCodeFixAsync(
        With(Rest, Base64, "Convert.ToBase64String({|#0:HMACSHA384|}.HashData(Encoding.UTF8.GetBytes(_secretKey), Encoding.UTF8.GetBytes(prehash)))"),
        Rejected(Messages.HmacSha384, Messages.InvalidSignature),
        With(Rest, Base64, "Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(_secretKey), Encoding.UTF8.GetBytes(prehash)))"));

    [Fact]
    public Task HmacFieldAssignedInConstructor_FixedWithHmacSha256AndFieldType() => VerifyCS.VerifyCodeFixAsync(
        Usings + """
            public sealed class OkxClient
            {
                private readonly HMACSHA512 _hmac;

                public OkxClient(string secretKey)
                {
                    _hmac = new {|#0:HMACSHA512|}(Encoding.UTF8.GetBytes(secretKey));
                }

                public void Sign(HttpRequestMessage request, string timestamp, string body) =>
                    request.Headers.Add("OK-ACCESS-SIGN", Convert.ToBase64String(_hmac.ComputeHash(Encoding.UTF8.GetBytes(timestamp + request.Method.Method + request.RequestUri!.PathAndQuery + body))));
            }
            """,
        Rejected(Messages.HmacSha512, Messages.InvalidSignature),
        Usings + """
            public sealed class OkxClient
            {
                private readonly HMACSHA256 _hmac;

                public OkxClient(string secretKey)
                {
                    _hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secretKey));
                }

                public void Sign(HttpRequestMessage request, string timestamp, string body) =>
                    request.Headers.Add("OK-ACCESS-SIGN", Convert.ToBase64String(_hmac.ComputeHash(Encoding.UTF8.GetBytes(timestamp + request.Method.Method + request.RequestUri!.PathAndQuery + body))));
            }
            """);

    private const string HexHelper = Usings + """
        public static class OkxCrypto
        {
            public static string Signature(string secret, string prehash)
            {
                using (var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret)))
                {
                    return {|#0:BitConverter.ToString(hmac.ComputeHash(Encoding.UTF8.GetBytes(prehash)))|};
                }
            }
        }
        """;

    [Fact]
    public Task HexInHelperInAnotherFile_ReportedInTheHelper() => new VerifyCS.Test
    {
        TestState =
        {
            Sources =
            {
                ("/0/Client.cs", Usings + """
                    public sealed class Client
                    {
                        public void Sign(HttpRequestMessage request, string secret, string timestamp) =>
                            request.Headers.Add("OK-ACCESS-SIGN", OkxCrypto.Signature(secret, timestamp + "GET" + request.RequestUri!.PathAndQuery));
                    }
                    """),
                ("/0/Crypto.cs", HexHelper),
            },
            ExpectedDiagnostics = { Rejected(Messages.HexSignature, Messages.InvalidSignature) },
        },
        FixedState =
        {
            Sources =
            {
                ("/0/Client.cs", Usings + """
                    public sealed class Client
                    {
                        public void Sign(HttpRequestMessage request, string secret, string timestamp) =>
                            request.Headers.Add("OK-ACCESS-SIGN", OkxCrypto.Signature(secret, timestamp + "GET" + request.RequestUri!.PathAndQuery));
                    }
                    """),
                ("/0/Crypto.cs", HexHelper.Replace("{|#0:BitConverter.ToString(hmac.ComputeHash(Encoding.UTF8.GetBytes(prehash)))|}", "Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(prehash)))")),
            },
        },
    }.RunAsync();

    [Fact]
    public Task SignMethodOfOkxSigner_OnItsOwn_Fires() => VerifyCS.VerifyCodeFixAsync(
        Usings + """
            public sealed class OkxSigner
            {
                public string Sign(string secret, string prehash)
                {
                    using (var hmac = new HMACSHA256({|#0:Convert.FromBase64String(secret)|}))
                    {
                        return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(prehash)));
                    }
                }
            }
            """,
        Rejected(Messages.DecodedSecret, Messages.InvalidSignature),
        Usings + """
            public sealed class OkxSigner
            {
                public string Sign(string secret, string prehash)
                {
                    using (var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret)))
                    {
                        return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(prehash)));
                    }
                }
            }
            """);

    [Fact]
    public Task LoginDictionaryArgs_TwoClockReads_FixedWithTheLocal() => VerifyCS.VerifyCodeFixAsync(
        With(Login, "new { apiKey = _apiKey, passphrase = _passphrase, timestamp = timestamp, sign = sign }",
            "new Dictionary<string, string> { [\"apiKey\"] = _apiKey, [\"passphrase\"] = _passphrase, [\"timestamp\"] = {|#0:DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString()|}, [\"sign\"] = sign }"),
        Rejected(Messages.LoginTwoClockReads, Messages.LoginRefused),
        With(Login, "new { apiKey = _apiKey, passphrase = _passphrase, timestamp = timestamp, sign = sign }",
            "new Dictionary<string, string> { [\"apiKey\"] = _apiKey, [\"passphrase\"] = _passphrase, [\"timestamp\"] = timestamp, [\"sign\"] = sign }"));

    [Fact]
    public Task LoginLowerCaseGet_FixedUpperCase() => VerifyCS.VerifyCodeFixAsync(
        With(Login, "timestamp + \"GET\"", "timestamp + {|#0:\"get\"|}"),
        Rejected(Messages.LowerCaseMethod, Messages.LoginRefused),
        Login);

    [Fact]
    public Task TopLevelStatements_Fire() => new VerifyCS.Test
    {
        TestState =
        {
            OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication,
            Sources =
            {
                Usings + """
                    var request = new HttpRequestMessage(HttpMethod.Get, "https://www.okx.com/api/v5/account/balance");
                    request.Headers.Add("OK-ACCESS-TIMESTAMP", {|#0:DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString()|});
                    Console.WriteLine(request);
                    """,
            },
            ExpectedDiagnostics = { Rejected(Messages.UnixTimestamp, Messages.InvalidTimestamp) },
        },
        FixedCode = Usings + """
            var request = new HttpRequestMessage(HttpMethod.Get, "https://www.okx.com/api/v5/account/balance");
            request.Headers.Add("OK-ACCESS-TIMESTAMP", DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture));
            Console.WriteLine(request);
            """,
    }.RunAsync();

    // ---------------------------------------------------------------- more look-alikes that stay quiet

    [Fact]
    public Task StaticHashDataBase64_IsQuiet() => VerifyCS.VerifyAnalyzerAsync(
        With(Rest, Base64, "Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(_secretKey), Encoding.UTF8.GetBytes(prehash)))"));

    [Fact]
    public Task LoginInOneInterpolation_IsQuiet() => VerifyCS.VerifyAnalyzerAsync(
        With(Login, "Sign(timestamp + \"GET\" + \"/users/self/verify\")", "Sign($\"{timestamp}GET/users/self/verify\")"));

    [Fact]
    public Task RoundTripFormat_IsNotReported() => VerifyCS.VerifyAnalyzerAsync(
        With(Rest, TimestampLine, "var timestamp = DateTime.UtcNow.ToString(\"o\", CultureInfo.InvariantCulture);"));

    [Fact]
    public Task TimestampFromParameter_IsQuiet() => VerifyCS.VerifyAnalyzerAsync(
        With(With(Rest, TimestampLine, ""), "string body)", "string body, string timestamp)"));

    [Fact]
    public Task MillisecondsInOkxQueryString_IsQuiet() => VerifyCS.VerifyAnalyzerAsync(
        With(Rest, "var request = new HttpRequestMessage(method, uri);",
            "var request = new HttpRequestMessage(method, new Uri(uri, \"?after=\" + DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()));"));

    [Fact]
    public Task WebhookHmacOfAnOkxBot_IsQuiet() => VerifyCS.VerifyAnalyzerAsync(Usings + """
        public sealed class OkxBotWebhook
        {
            public string Verify(string secret, string payload)
            {
                using (var hmac = new HMACSHA512(Convert.FromBase64String(secret)))
                {
                    return Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes(payload)));
                }
            }
        }
        """);

    [Fact]
    public Task TwoRequestsEachWithItsOwnRead_AreQuiet() => VerifyCS.VerifyAnalyzerAsync(
        With(Rest, "return request;", """
            var second = new HttpRequestMessage(method, uri);
                    var again = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
                    second.Headers.Add("OK-ACCESS-SIGN", Sign(again + method.Method + uri.PathAndQuery + body));
                    second.Headers.Add("OK-ACCESS-TIMESTAMP", again);
                    return request;
            """));

    [Fact]
    public Task SignMemberOutsideALogin_IsQuiet() => VerifyCS.VerifyAnalyzerAsync(
        With(Login, "return JsonSerializer", "var quote = JsonSerializer.Serialize(new { sign = \"+\", timestamp = DateTime.Now.ToString() });\n        return JsonSerializer"));

    [Fact]
    public Task DecodingAResponseInAnOkxClient_IsQuiet() => VerifyCS.VerifyAnalyzerAsync(
        With(Rest, "return request;", "var payload = Encoding.UTF8.GetString(Convert.FromBase64String(body));\n        return request;"));

    [Fact]
    public Task ServerTimeFromOkx_IsQuiet() => VerifyCS.VerifyAnalyzerAsync(
        With(With(Rest, TimestampLine, "var timestamp = ServerTime();"), "    private string Sign(", "    private static string ServerTime() => Environment.GetEnvironmentVariable(\"OKX_TIME\") ?? \"\";\n\n    private string Sign("));

    [Fact]
    public Task SharedHelperOfAnotherExchange_IsQuiet() => VerifyCS.VerifyAnalyzerAsync(Rest + "\n" + """
        public static class Crypto
        {
            public static string HmacHex(string secret, string payload)
            {
                using (var hmac = new HMACSHA512(Encoding.UTF8.GetBytes(secret)))
                {
                    return Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes(payload))) + DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
                }
            }
        }

        public sealed class BybitClient
        {
            public void Sign(HttpRequestMessage request, string secret) =>
                request.Headers.Add("X-BAPI-SIGN", Crypto.HmacHex(secret, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() + "get" + request.RequestUri!.AbsolutePath));
        }
        """);

    [Fact]
    public Task GeneratedFile_IsQuiet() => new VerifyCS.Test
    {
        TestState =
        {
            Sources = { ("/0/OkxClient.g.cs", With(Rest, Base64, "Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes(prehash)))")) },
        },
    }.RunAsync();

    [Fact]
    public Task AbsolutePathWithItsQuery_IsQuiet() => VerifyCS.VerifyAnalyzerAsync(
        With(Rest, "uri.PathAndQuery", "uri.AbsolutePath + uri.Query"));

    [Fact]
    public Task DateTimeOffsetIsoTimestamp_IsQuiet() => VerifyCS.VerifyAnalyzerAsync(
        With(Rest, "DateTime.UtcNow.ToString(", "DateTimeOffset.UtcNow.ToString("));

    [Fact]
    public Task FormatFromAConstant_IsQuiet() => VerifyCS.VerifyAnalyzerAsync(
        With(With(Rest, "DateTime.UtcNow.ToString(\"yyyy-MM-ddTHH:mm:ss.fffZ\"", "DateTime.UtcNow.ToString(Iso"),
            "    private string Sign(", "    private const string Iso = \"yyyy-MM-ddTHH:mm:ss.fffZ\";\n\n    private string Sign("));

    [Fact]
    public Task MethodUpperCased_IsQuiet() => VerifyCS.VerifyAnalyzerAsync(
        With(Rest, "timestamp + method.Method + uri", "timestamp + method.Method.ToUpperInvariant() + uri"));

    [Fact]
    public Task LowerCaseTextInPathAndBody_IsQuiet() => VerifyCS.VerifyAnalyzerAsync(
        With(Rest, "timestamp + method.Method + uri.PathAndQuery + body", "timestamp + \"POST\" + \"/api/v5/trade/order\" + \"{\\\"side\\\":\\\"buy\\\",\\\"get\\\":1}\""));

    [Fact]
    public Task LoginUnixSecondsFromLocalClock_IsQuiet() => VerifyCS.VerifyAnalyzerAsync(
        With(Login, "DateTimeOffset.UtcNow.ToUnixTimeSeconds()", "DateTimeOffset.Now.ToUnixTimeSeconds()"));

    [Fact]
    public Task LoginDictionaryArgs_Correct_IsQuiet() => VerifyCS.VerifyAnalyzerAsync(
        With(Login, "new { apiKey = _apiKey, passphrase = _passphrase, timestamp = timestamp, sign = sign }",
            "new Dictionary<string, string> { [\"apiKey\"] = _apiKey, [\"passphrase\"] = _passphrase, [\"timestamp\"] = timestamp, [\"sign\"] = sign }"));

    [Fact]
    public Task HexClientOrderIdInOkxClient_IsQuiet() => VerifyCS.VerifyAnalyzerAsync(
        With(Rest, "return request;", "request.Headers.Add(\"X-Client-Order\", Convert.ToHexString(RandomNumberGenerator.GetBytes(8)).ToLowerInvariant());\n        return request;"));

    [Fact]
    public Task AsciiBytesOfTheSecret_IsQuiet() => VerifyCS.VerifyAnalyzerAsync(
        With(Rest, "new HMACSHA256(Encoding.UTF8.GetBytes(_secretKey))", "new HMACSHA256(Encoding.ASCII.GetBytes(_secretKey))"));

    [Fact]
    public Task PrehashFromStringBuilder_IsNotGuessed() => VerifyCS.VerifyAnalyzerAsync(
        With(Rest, "Sign(timestamp + method.Method + uri.PathAndQuery + body)", "Sign(new StringBuilder().Append(timestamp).Append(method.Method.ToLower()).Append(uri.AbsolutePath).ToString())"));

    [Fact]
    public Task TimeProviderClock_IsQuiet() => VerifyCS.VerifyAnalyzerAsync(
        With(Rest, "DateTime.UtcNow.ToString(", "TimeProvider.System.GetUtcNow().ToString("));

    [Fact]
    public Task LocalTimeInAnotherHeaderOfTheRequest_IsQuiet() => VerifyCS.VerifyAnalyzerAsync(
        With(Rest, "return request;", "request.Headers.Add(\"X-Request-Time\", DateTime.Now.ToString());\n        return request;"));

    [Fact]
    public Task LoginSecondsThroughLongLocal_IsQuiet() => VerifyCS.VerifyAnalyzerAsync(
        With(Login, "var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString();", "long seconds = DateTimeOffset.UtcNow.ToUnixTimeSeconds();\n        var timestamp = seconds.ToString();"));

    // ---------------------------------------------------------------- older shapes

    [Fact]
    public Task UnixSecondsByEpochSubtraction_FixedWithIsoTimestamp() => VerifyCS.VerifyCodeFixAsync(
        With(Rest, TimestampLine, "var timestamp = {|#0:((long)(DateTime.UtcNow - new DateTime(1970, 1, 1)).TotalSeconds).ToString()|};"),
        Rejected(Messages.UnixTimestamp, Messages.InvalidTimestamp),
        Rest);

    [Fact]
    public Task EpochSubtractionForAClientOrderId_IsQuiet() => VerifyCS.VerifyAnalyzerAsync(
        With(Rest, "return request;", "var clOrdId = \"bot\" + (long)(DateTime.UtcNow - new DateTime(1970, 1, 1)).TotalMilliseconds;\n        return request;"));

    [Fact]
    public Task LoginMillisecondsThroughDateTimeOffsetConversion_FixedWithSeconds() => VerifyCS.VerifyCodeFixAsync(
        With(Login, "DateTimeOffset.UtcNow.ToUnixTimeSeconds()", "{|#0:((DateTimeOffset)DateTime.UtcNow).ToUnixTimeMilliseconds()|}"),
        Rejected(Messages.LoginMillisecondsTimestamp, Messages.LoginRefused),
        With(Login, "DateTimeOffset.UtcNow.ToUnixTimeSeconds()", "((DateTimeOffset)DateTime.UtcNow).ToUnixTimeSeconds()"));

    [Fact]
    public Task LoginSecondsThroughDateTimeOffsetConversion_IsQuiet() => VerifyCS.VerifyAnalyzerAsync(
        With(Login, "DateTimeOffset.UtcNow.ToUnixTimeSeconds()", "((DateTimeOffset)DateTime.UtcNow).ToUnixTimeSeconds()"));

    [Fact]
    public Task HexLoopWithStringBuilder_FixedWithBase64() => VerifyCS.VerifyCodeFixAsync(
        With(Rest, "return " + Base64 + ";", """
            var hash = hmac.ComputeHash(Encoding.UTF8.GetBytes(prehash));
                        var builder = new StringBuilder();
                        foreach (var b in hash)
                        {
                            builder.Append(b.ToString("x2"));
                        }

                        return {|#0:builder.ToString()|};
            """),
        Rejected(Messages.HexSignature, Messages.InvalidSignature),
        With(Rest, "return " + Base64 + ";", """
            var hash = hmac.ComputeHash(Encoding.UTF8.GetBytes(prehash));
                        var builder = new StringBuilder();
                        foreach (var b in hash)
                        {
                            builder.Append(b.ToString("x2"));
                        }

                        return Convert.ToBase64String(hash);
            """));

    [Fact]
    public Task HexLoopForAnotherValueOfAnOkxClient_IsQuiet() => VerifyCS.VerifyAnalyzerAsync(
        With(Rest, "return request;", """
            var builder = new StringBuilder();
                    foreach (var b in Guid.NewGuid().ToByteArray())
                    {
                        builder.Append(b.ToString("x2"));
                    }

                    request.Headers.Add("X-Trace-Id", builder.ToString());
                    return request;
            """));

    private const string JsonLogin = Usings + """
        public sealed class OkxSocket
        {
            public string LoginMessage(string apiKey, string passphrase, string secretKey)
            {
                var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString();
                using (var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secretKey)))
                {
                    var sign = Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(timestamp + "GET" + "/users/self/verify")));
                    return $"{{\"op\":\"login\",\"args\":[{{\"apiKey\":\"{apiKey}\",\"passphrase\":\"{passphrase}\",\"timestamp\":\"{timestamp}\",\"sign\":\"{sign}\"}}]}}";
                }
            }
        }
        """;

    [Fact]
    public Task LoginWrittenAsJsonText_DateTimestamp_FixedWithUnixSeconds() => VerifyCS.VerifyCodeFixAsync(
        With(JsonLogin, "DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString()", "{|#0:DateTime.UtcNow.ToString(\"o\")|}"),
        Rejected(Messages.LoginDateTimestamp, Messages.LoginRefused),
        JsonLogin);

    [Fact]
    public Task LoginWrittenAsJsonText_Correct_IsQuiet() => VerifyCS.VerifyAnalyzerAsync(JsonLogin);

    [Fact]
    public Task SubscribeMessageAsJsonText_IsQuiet() => VerifyCS.VerifyAnalyzerAsync(
        With(JsonLogin, "\\\"op\\\":\\\"login\\\"", "\\\"op\\\":\\\"subscribe\\\""));

    private const string TypedLogin = Usings + """
        public sealed class OkxLoginArgs
        {
            public string ApiKey { get; set; } = "";
            public string Passphrase { get; set; } = "";
            public string Timestamp { get; set; } = "";
            public string Sign { get; set; } = "";
        }

        public sealed class OkxSocket
        {
            public OkxLoginArgs Login(string apiKey, string passphrase, string secretKey)
            {
                var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString();
                using (var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secretKey)))
                {
                    var sign = Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(timestamp + "GET" + "/users/self/verify")));
                    return new OkxLoginArgs { ApiKey = apiKey, Passphrase = passphrase, Timestamp = timestamp, Sign = sign };
                }
            }
        }
        """;

    [Fact]
    public Task LoginArgumentsClass_WrongPath_FixedWithVerifyPath() => VerifyCS.VerifyCodeFixAsync(
        With(TypedLogin, "\"/users/self/verify\"", "{|#0:\"/api/v5/users/self/verify\"|}"),
        Rejected(Messages.LoginPrehash, Messages.LoginRefused),
        TypedLogin);

    [Fact]
    public Task LoginArgumentsClassOfAnotherExchange_IsQuiet() => VerifyCS.VerifyAnalyzerAsync(
        With(With(TypedLogin, "\"/users/self/verify\"", "\"/user/verify\""), "Okx", "Bitget").Replace("OkxSocket", "BitgetSocket"));

    // ---------------------------------------------------------------- a helper that writes the headers

    private const string HeaderHelper = Usings + """
        public sealed class OkxClient
        {
            private readonly string _secretKey = Environment.GetEnvironmentVariable("OKX_SECRET_KEY")?.Trim() ?? "";

            public HttpRequestMessage Create(HttpMethod method, Uri uri, string body)
            {
                var request = new HttpRequestMessage(method, uri);
                var timestamp = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
                var sign = Sign(timestamp + method.Method + uri.PathAndQuery + body);
                AddAuthHeaders(request, sign, timestamp);
                return request;
            }

            private static void AddAuthHeaders(HttpRequestMessage request, string sign, string timestamp)
            {
                request.Headers.Add("OK-ACCESS-SIGN", sign);
                request.Headers.Add("OK-ACCESS-TIMESTAMP", timestamp);
            }

            private string Sign(string prehash)
            {
                using (var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(_secretKey)))
                {
                    return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(prehash)));
                }
            }
        }
        """;

    [Fact]
    public Task HeadersWrittenByAHelper_Correct_IsQuiet() => VerifyCS.VerifyAnalyzerAsync(HeaderHelper);

    [Fact]
    public Task HeadersWrittenByAHelper_SecondClockRead_FixedWithTheLocal() => VerifyCS.VerifyCodeFixAsync(
        With(HeaderHelper, "AddAuthHeaders(request, sign, timestamp);", "AddAuthHeaders(request, sign, {|#0:DateTime.UtcNow.ToString(\"yyyy-MM-ddTHH:mm:ss.fffZ\", CultureInfo.InvariantCulture)|});"),
        Rejected(Messages.TwoClockReads, Messages.InvalidSignature),
        HeaderHelper);

    [Fact]
    public Task HeadersWrittenByAHelper_CultureTimestamp_Fixed() => VerifyCS.VerifyCodeFixAsync(
        With(HeaderHelper, "DateTime.UtcNow.ToString(\"yyyy-MM-ddTHH:mm:ss.fffZ\", CultureInfo.InvariantCulture)", "{|#0:DateTime.UtcNow.ToString(CultureInfo.InvariantCulture)|}"),
        Rejected(Messages.CultureTimestamp, Messages.InvalidTimestamp),
        HeaderHelper);

    [Fact]
    public Task HelperWritingOtherHeaders_IsQuiet() => VerifyCS.VerifyAnalyzerAsync(
        With(With(HeaderHelper, "\"OK-ACCESS-SIGN\"", "\"X-BAPI-SIGN\""), "\"OK-ACCESS-TIMESTAMP\"", "\"X-BAPI-TIMESTAMP\"")
            .Replace("var timestamp = DateTime.UtcNow.ToString(\"yyyy-MM-ddTHH:mm:ss.fffZ\", CultureInfo.InvariantCulture);", "var timestamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString();"));

    [Fact]
    public Task HexForLoopWithAppendFormat_FixedWithBase64() => VerifyCS.VerifyCodeFixAsync(
        With(Rest, "return " + Base64 + ";", """
            var bytes = hmac.ComputeHash(Encoding.UTF8.GetBytes(prehash));
                        var builder = new StringBuilder(bytes.Length * 2);
                        for (var i = 0; i < bytes.Length; i++)
                        {
                            builder.AppendFormat("{0:x2}", bytes[i]);
                        }

                        return {|#0:builder.ToString()|};
            """),
        Rejected(Messages.HexSignature, Messages.InvalidSignature),
        With(Rest, "return " + Base64 + ";", """
            var bytes = hmac.ComputeHash(Encoding.UTF8.GetBytes(prehash));
                        var builder = new StringBuilder(bytes.Length * 2);
                        for (var i = 0; i < bytes.Length; i++)
                        {
                            builder.AppendFormat("{0:x2}", bytes[i]);
                        }

                        return Convert.ToBase64String(bytes);
            """));

    [Fact]
    public Task LoginSecondsFromMillisecondsDividedBy1000_IsQuiet() => VerifyCS.VerifyAnalyzerAsync(
        With(Login, "DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString()", "(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000).ToString(CultureInfo.InvariantCulture)"));

    // ---------------------------------------------------------------- string.Format, JSON nodes

    [Fact]
    public Task PrehashFromStringFormat_AbsolutePath_FixedWithPathAndQuery() => VerifyCS.VerifyCodeFixAsync(
        With(Rest, "Sign(timestamp + method.Method + uri.PathAndQuery + body)", "Sign(string.Format(\"{0}{1}{2}{3}\", timestamp, method.Method, {|#0:uri.AbsolutePath|}, body))"),
        Rejected(Messages.PathWithoutQuery, Messages.InvalidSignature),
        With(Rest, "Sign(timestamp + method.Method + uri.PathAndQuery + body)", "Sign(string.Format(\"{0}{1}{2}{3}\", timestamp, method.Method, uri.PathAndQuery, body))"));

    [Fact]
    public Task PrehashFromStringFormat_Correct_IsQuiet() => VerifyCS.VerifyAnalyzerAsync(
        With(Rest, "Sign(timestamp + method.Method + uri.PathAndQuery + body)", "Sign(string.Format(\"{0}{1}{2}{3}\", timestamp, method.Method, uri.PathAndQuery, body))"));

    [Fact]
    public Task LoginFromStringFormat_Correct_IsQuiet() => VerifyCS.VerifyAnalyzerAsync(
        With(Login, "Sign(timestamp + \"GET\" + \"/users/self/verify\")", "Sign(string.Format(\"{0}GET/users/self/verify\", timestamp))"));

    private const string JsonNodeLogin = Usings + """
        public sealed class OkxSocket
        {
            public string LoginMessage(string apiKey, string passphrase, string secretKey)
            {
                var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString();
                using (var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secretKey)))
                {
                    var sign = Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(timestamp + "GET" + "/users/self/verify")));
                    var login = new System.Text.Json.Nodes.JsonObject
                    {
                        ["op"] = "login",
                        ["args"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject { ["apiKey"] = apiKey, ["passphrase"] = passphrase, ["timestamp"] = timestamp, ["sign"] = sign }),
                    };
                    return login.ToJsonString();
                }
            }
        }
        """;

    [Fact]
    public Task LoginAsJsonObject_Correct_IsQuiet() => VerifyCS.VerifyAnalyzerAsync(JsonNodeLogin);

    [Fact]
    public Task LoginAsJsonObject_MillisecondsTimestamp_FixedWithSeconds() => VerifyCS.VerifyCodeFixAsync(
        With(JsonNodeLogin, "DateTimeOffset.UtcNow.ToUnixTimeSeconds()", "{|#0:DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()|}"),
        Rejected(Messages.LoginMillisecondsTimestamp, Messages.LoginRefused),
        JsonNodeLogin);

    [Fact]
    public Task HmacMd5_FixedWithHmacSha256() => VerifyCS.VerifyCodeFixAsync(
        With(Rest, "new HMACSHA256(", "new {|#0:HMACMD5|}("),
        Rejected(Messages.HmacMd5, Messages.InvalidSignature),
        Rest);

    [Fact]
    public Task HmacSha3_IsAnotherHmac_FixedWithHmacSha256() => VerifyCS.VerifyCodeFixAsync(
        With(Rest, "new HMACSHA256(", "new {|#0:HMACSHA3_256|}("),
        Rejected(Messages.OtherHmac, Messages.InvalidSignature),
        Rest);

    [Fact]
    public Task HmacMd5ForACacheKeyOfAnOkxClient_IsQuiet() => VerifyCS.VerifyAnalyzerAsync(
        With(Rest, "return request;", "using (var md5 = new HMACMD5(Encoding.UTF8.GetBytes(\"cache\"))) { Console.WriteLine(Convert.ToHexString(md5.ComputeHash(Encoding.UTF8.GetBytes(uri.AbsolutePath)))); }\n        return request;"));

    [Fact]
    public Task UnusedHmacSha512FieldOfAnOkxClient_IsQuiet() => VerifyCS.VerifyAnalyzerAsync(
        With(Rest, "    public HttpRequestMessage Create(", "    private readonly HMACSHA512 _legacy = new HMACSHA512(Convert.FromBase64String(\"AA==\"));\n\n    public HttpRequestMessage Create("));

    [Fact]
    public Task HexInAHelperSharedByRestAndLogin_IsReportedOnceAsRest() => VerifyCS.VerifyCodeFixAsync(
        With(With(Rest, Base64, "{|#0:Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes(prehash)))|}"),
            "    private string Sign(", """
                public string LoginMessage(string apiKey, string passphrase)
                {
                    var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString();
                    return JsonSerializer.Serialize(new { op = "login", args = new[] { new { apiKey, passphrase, timestamp, sign = Sign(timestamp + "GET" + "/users/self/verify") } } });
                }

                private string Sign(
            """),
        Rejected(Messages.HexSignature, Messages.InvalidSignature),
        With(Rest, "    private string Sign(", """
                public string LoginMessage(string apiKey, string passphrase)
                {
                    var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString();
                    return JsonSerializer.Serialize(new { op = "login", args = new[] { new { apiKey, passphrase, timestamp, sign = Sign(timestamp + "GET" + "/users/self/verify") } } });
                }

                private string Sign(
            """));
}
