using System;
using System.Text;

namespace OkxSafety.Analyzers.Corpus;

/// <summary>Writes one OKX-dense file: shared records, then client classes in several styles until the size is reached.</summary>
internal sealed class DenseWriter
{
    private static readonly string[] Areas = { "Trading", "Account", "Funding", "MarketData", "Bots", "Risk", "Grid", "Copy" };
    private static readonly string[] Roles = { "Client", "Gateway", "Service", "Api", "Connector", "Adapter" };

    private static readonly Endpoint[] Endpoints =
    {
        new("GetBalances", "Get", "/api/v5/account/balance?ccy=", "ccy", "Balance"),
        new("GetPositions", "Get", "/api/v5/account/positions?instType=", "instType", "Position"),
        new("GetTicker", "Get", "/api/v5/market/ticker?instId=", "instId", "Ticker"),
        new("GetFills", "Get", "/api/v5/trade/fills?instId=", "instId", "Fill"),
        new("GetOpenOrders", "Get", "/api/v5/trade/orders-pending?instId=", "instId", "Order"),
        new("GetOrderHistory", "Get", "/api/v5/trade/orders-history?instType=", "instType", "Order"),
        new("PlaceOrder", "Post", "/api/v5/trade/order", null, "Order"),
        new("CancelOrder", "Post", "/api/v5/trade/cancel-order", null, "Order"),
        new("AmendOrder", "Post", "/api/v5/trade/amend-order", null, "Order"),
    };

    private readonly Random _random;
    private readonly int _index;
    private readonly bool _allowStubs;
    private readonly StringBuilder _text = new();
    private int _classes;

    public DenseWriter(Random random, int index, bool allowStubs)
    {
        _random = random;
        _index = index;
        _allowStubs = allowStubs;
    }

    public CorpusFile File(int approximateLines)
    {
        var area = Areas[_random.Next(Areas.Length)];
        _text.Append(Header);
        _text.Append("namespace Corpus.Okx.").Append(area).Append(_index.ToString("D3")).Append(";\n\n");
        _text.Append(SharedTypes);
        while (OkxCorpus.CountLines(_text.ToString()) < approximateLines)
        {
            var kinds = _allowStubs ? 8 : 7;
            switch (_random.Next(kinds))
            {
                case 0:
                case 1:
                    RequestHeadersClient();
                    break;
                case 2:
                    DefaultHeadersClient();
                    break;
                case 3:
                    HeaderDictionaryClient();
                    break;
                case 4:
                    SigningHandler();
                    break;
                case 5:
                    CredentialLoader();
                    break;
                case 6:
                    WebSocketLogin();
                    break;
                default:
                    ThirdPartySetup();
                    break;
            }
        }

        return new CorpusFile($"Okx/{area}/Okx{area}{_index:D3}.cs", _text.ToString());
    }

    /// <summary>About one site in twenty carries a mistake.</summary>
    private bool Mistake() => _random.Next(20) == 0;

    private string NextName(string stem) => "Okx" + stem + Roles[_random.Next(Roles.Length)] + (++_classes).ToString("D2");

    private string Uuid()
    {
        var bytes = new byte[16];
        _random.NextBytes(bytes);
        var hex = Convert.ToHexString(bytes).ToLowerInvariant();
        return $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}";
    }

    private string HexSecret()
    {
        var bytes = new byte[16];
        _random.NextBytes(bytes);
        return Convert.ToHexString(bytes);
    }

    private string Passphrase()
    {
        string[] words = { "Harbor", "Maple", "Quartz", "Falcon", "Cobalt", "Juniper", "Tundra", "Saffron" };
        return words[_random.Next(words.Length)] + _random.Next(10, 99) + "!" + words[_random.Next(words.Length)].ToLowerInvariant();
    }

    private Endpoint[] PickEndpoints()
    {
        var count = 3 + _random.Next(4);
        var result = new Endpoint[count];
        var start = _random.Next(Endpoints.Length);
        for (var i = 0; i < count; i++)
        {
            result[i] = Endpoints[(start + i * 2) % Endpoints.Length];
        }

        return result;
    }

    private string EnvRead(string variable)
    {
        // Mistake: the environment variable is used as read, without Trim().
        return Mistake()
            ? $"Environment.GetEnvironmentVariable(\"{variable}\") ?? string.Empty"
            : $"(Environment.GetEnvironmentVariable(\"{variable}\") ?? string.Empty).Trim()";
    }

    private string DemoValue() => Mistake() ? "\"true\"" : "\"1\"";

    private string PassphraseLine(string indent, string statement) => Mistake() ? string.Empty : indent + statement + "\n";

    /// <summary>
    /// Reads the JSON text in <c>json</c> into <c>IReadOnlyList&lt;dto&gt;</c>, checking the code unless this is a mistake;
    /// for an order write (place / cancel / amend), also each item's <c>sCode</c> unless that is a mistake.
    /// </summary>
    private string Parse(string dto, bool orderWrite)
    {
        var check = !Mistake();
        var checkItems = orderWrite && !Mistake();
        var itemGuard = checkItems
            ? """
                          if (item.GetProperty("sCode").GetString() != "0")
                          {
                              throw new InvalidOperationException("OKX order rejected: " + item.GetProperty("sMsg").GetString());
                          }


              """
            : string.Empty;
        if (_random.Next(2) == 0)
        {
            var guard = check
                ? """
                          var code = root.GetProperty("code").GetString();
                          if (code != "0")
                          {
                              throw new InvalidOperationException("OKX error " + code + ": " + root.GetProperty("msg").GetString());
                          }


                  """
                : string.Empty;
            return $$"""
                      using var document = JsonDocument.Parse(json);
                      var root = document.RootElement;
              {{guard}}        var result = new List<{{dto}}>();
                      foreach (var item in root.GetProperty("data").EnumerateArray())
                      {
              {{itemGuard}}            var parsed = item.Deserialize<{{dto}}>();
                          if (parsed is not null)
                          {
                              result.Add(parsed);
                          }
                      }

                      return result;

              """;
        }

        var envelopeGuard = check
            ? """
                      if (envelope.Code != "0")
                      {
                          throw new InvalidOperationException($"OKX error {envelope.Code}: {envelope.Msg}");
                      }


              """
            : string.Empty;
        var itemsGuard = checkItems
            ? """
                      foreach (var item in envelope.Data)
                      {
                          if (item.SCode != "0")
                          {
                              throw new InvalidOperationException("OKX order rejected: " + item.SCode);
                          }
                      }


              """
            : string.Empty;
        return $$"""
                  var envelope = JsonSerializer.Deserialize<OkxEnvelope<{{dto}}>>(json) ?? throw new InvalidOperationException("empty OKX response");
          {{envelopeGuard}}{{itemsGuard}}        return envelope.Data;

          """;
    }

    /// <summary>Endpoint methods that call <c>SendSignedAsync(method, path, body, ct)</c> returning the JSON text.</summary>
    private string EndpointMethods()
    {
        var text = new StringBuilder();
        foreach (var endpoint in PickEndpoints())
        {
            string parameters;
            string path;
            string body;
            if (endpoint.QueryParameter is { } query)
            {
                parameters = $"string {query}";
                path = $"\"{endpoint.Path}\" + Uri.EscapeDataString({query})";
                body = "string.Empty";
            }
            else
            {
                parameters = "string instId, string side, string size, string price";
                path = $"\"{endpoint.Path}\"";
                body = "JsonSerializer.Serialize(new { instId, tdMode = \"cash\", side, ordType = \"limit\", sz = size, px = price })";
            }

            text.Append($$"""

                    public async Task<IReadOnlyList<{{endpoint.Dto}}>> {{endpoint.Name}}Async({{parameters}}, CancellationToken cancellationToken = default)
                    {
                        var json = await SendSignedAsync(HttpMethod.{{endpoint.Method}}, {{path}}, {{body}}, cancellationToken).ConfigureAwait(false);
                {{Parse(endpoint.Dto, endpoint.Method == "Post")}}    }

                """);
        }

        return text.ToString();
    }

    private void RequestHeadersClient()
    {
        var name = NextName("Rest");
        var passphrase = PassphraseLine("        ", "request.Headers.Add(\"OK-ACCESS-PASSPHRASE\", _passphrase);");
        var oneArgSign = _random.Next(2) == 0;
        var sign = oneArgSign
            ? """
                  private string Sign(string timestamp, string method, string requestPath, string body)
                  {
                      var prehash = timestamp + method.ToUpperInvariant() + requestPath + body;
                      using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(_secretKey));
                      return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(prehash)));
                  }
              """
            : """
                  private string Sign(string timestamp, string method, string requestPath, string body)
                  {
                      var key = Encoding.UTF8.GetBytes(_secretKey);
                      var message = Encoding.UTF8.GetBytes(timestamp + method + requestPath + body);
                      return Convert.ToBase64String(HMACSHA256.HashData(key, message));
                  }
              """;
        _text.Append($$"""
            /// <summary>Signed OKX v5 REST calls: every request carries the OK-ACCESS headers.</summary>
            public sealed class {{name}}
            {
                private const string BaseUrl = "https://www.okx.com";
                private readonly HttpClient _http;
                private readonly string _apiKey;
                private readonly string _secretKey;
                private readonly string _passphrase;
                private readonly bool _demo;

                public {{name}}(HttpClient http, string apiKey, string secretKey, string passphrase, bool demo)
                {
                    _http = http;
                    _apiKey = apiKey;
                    _secretKey = secretKey;
                    _passphrase = passphrase;
                    _demo = demo;
                }

            {{sign}}

                private async Task<string> SendSignedAsync(HttpMethod method, string requestPath, string body, CancellationToken cancellationToken)
                {
                    var timestamp = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
                    using var request = new HttpRequestMessage(method, BaseUrl + requestPath);
                    request.Headers.Add("OK-ACCESS-KEY", _apiKey);
                    request.Headers.Add("OK-ACCESS-SIGN", Sign(timestamp, method.Method, requestPath, body));
                    request.Headers.Add("OK-ACCESS-TIMESTAMP", timestamp);
            {{passphrase}}        if (_demo)
                    {
                        request.Headers.Add("x-simulated-trading", {{DemoValue()}});
                    }

                    if (body.Length > 0)
                    {
                        request.Content = new StringContent(body, Encoding.UTF8, "application/json");
                    }

                    using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
                    return await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
                }
            {{EndpointMethods()}}}


            """);
    }

    private void DefaultHeadersClient()
    {
        var name = NextName("Account");
        string apiKeyLine;
        if (Mistake())
        {
            // Mistake: a hard-coded API key (fake, realistically shaped).
            apiKeyLine = $"var apiKey = \"{Uuid()}\";";
        }
        else
        {
            apiKeyLine = $"var apiKey = {EnvRead("OKX_API_KEY")};";
        }

        var passphrase = PassphraseLine("        ", "_http.DefaultRequestHeaders.Add(\"OK-ACCESS-PASSPHRASE\", passphrase);");
        _text.Append($$"""
            /// <summary>An OKX client whose HttpClient carries the key and passphrase on every request.</summary>
            public sealed class {{name}} : IDisposable
            {
                private readonly HttpClient _http = new() { BaseAddress = new Uri("https://www.okx.com") };
                private readonly string _secretKey;

                public {{name}}()
                {
                    {{apiKeyLine}}
                    _secretKey = {{EnvRead("OKX_SECRET_KEY")}};
                    var passphrase = {{EnvRead("OKX_PASSPHRASE")}};
                    _http.DefaultRequestHeaders.Add("OK-ACCESS-KEY", apiKey);
            {{passphrase}}        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
                    if (Environment.GetEnvironmentVariable("OKX_DEMO") == "1")
                    {
                        _http.DefaultRequestHeaders.Add("x-simulated-trading", {{DemoValue()}});
                    }
                }

                private async Task<string> SendSignedAsync(HttpMethod method, string requestPath, string body, CancellationToken cancellationToken)
                {
                    var timestamp = DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
                    var signature = Convert.ToBase64String(
                        HMACSHA256.HashData(Encoding.UTF8.GetBytes(_secretKey), Encoding.UTF8.GetBytes(timestamp + method.Method + requestPath + body)));
                    using var request = new HttpRequestMessage(method, requestPath);
                    request.Headers.TryAddWithoutValidation("OK-ACCESS-SIGN", signature);
                    request.Headers.TryAddWithoutValidation("OK-ACCESS-TIMESTAMP", timestamp);
                    if (body.Length > 0)
                    {
                        request.Content = new StringContent(body, Encoding.UTF8, "application/json");
                    }

                    using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
                    response.EnsureSuccessStatusCode();
                    return await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
                }
            {{EndpointMethods()}}
                public void Dispose() => _http.Dispose();
            }


            """);
    }

    private void HeaderDictionaryClient()
    {
        var name = NextName("Trade");
        var passphrase = PassphraseLine("            ", "[\"OK-ACCESS-PASSPHRASE\"] = _credentials.Passphrase,");
        var addStyle = _random.Next(2) == 0
            ? """
                      foreach (var header in headers)
                      {
                          request.Headers.TryAddWithoutValidation(header.Key, header.Value);
                      }
              """
            : """
                      foreach (var (headerName, headerValue) in headers)
                      {
                          request.Headers.Add(headerName, headerValue);
                      }
              """;
        _text.Append($$"""
            /// <summary>Builds the OKX headers in a dictionary, then copies them onto each request.</summary>
            public sealed class {{name}}
            {
                private readonly HttpClient _http;
                private readonly OkxApiCredentials _credentials;

                public {{name}}(HttpClient http, OkxApiCredentials credentials)
                {
                    _http = http;
                    _credentials = credentials;
                }

                private Dictionary<string, string> BuildHeaders(string timestamp, string signature)
                {
                    var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
                    {
                        ["OK-ACCESS-KEY"] = _credentials.ApiKey,
                        ["OK-ACCESS-SIGN"] = signature,
                        ["OK-ACCESS-TIMESTAMP"] = timestamp,
            {{passphrase}}        };
                    if (_credentials.Demo)
                    {
                        headers["x-simulated-trading"] = {{DemoValue()}};
                    }

                    return headers;
                }

                private async Task<string> SendSignedAsync(HttpMethod method, string requestPath, string body, CancellationToken cancellationToken)
                {
                    var timestamp = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
                    string signature;
                    using (var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(_credentials.SecretKey)))
                    {
                        signature = Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(timestamp + method.Method + requestPath + body)));
                    }

                    var headers = BuildHeaders(timestamp, signature);
                    using var request = new HttpRequestMessage(method, new Uri("https://www.okx.com" + requestPath));
            {{addStyle}}

                    if (body.Length > 0)
                    {
                        request.Content = new StringContent(body, Encoding.UTF8, "application/json");
                    }

                    using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
                    return await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
                }
            {{EndpointMethods()}}}


            """);
    }

    private void SigningHandler()
    {
        var name = NextName("Signing");
        var passphrase = PassphraseLine("        ", "request.Headers.TryAddWithoutValidation(\"OK-ACCESS-PASSPHRASE\", _passphrase);");
        var factoryKey = Mistake() ? $"\"{Uuid()}\"" : EnvRead("OKX_API_KEY");
        var factorySecret = Mistake() ? $"\"{HexSecret()}\"" : EnvRead("OKX_SECRET_KEY");
        _text.Append($$"""
            /// <summary>Signs every outgoing OKX request in the HttpClient pipeline.</summary>
            public sealed class {{name}}Handler : DelegatingHandler
            {
                private readonly string _apiKey;
                private readonly string _secretKey;
                private readonly string _passphrase;

                public {{name}}Handler(string apiKey, string secretKey, string passphrase, HttpMessageHandler innerHandler)
                    : base(innerHandler)
                {
                    _apiKey = apiKey;
                    _secretKey = secretKey;
                    _passphrase = passphrase;
                }

                public static HttpClient CreateClient()
                {
                    var handler = new {{name}}Handler(
                        {{factoryKey}},
                        {{factorySecret}},
                        {{EnvRead("OKX_PASSPHRASE")}},
                        new HttpClientHandler());
                    return new HttpClient(handler) { BaseAddress = new Uri("https://www.okx.com") };
                }

                protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
                {
                    var timestamp = DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
                    var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
                    var requestPath = request.RequestUri is null ? string.Empty : request.RequestUri.PathAndQuery;
                    var prehash = timestamp + request.Method.Method + requestPath + body;
                    var signature = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(_secretKey), Encoding.UTF8.GetBytes(prehash)));
                    request.Headers.TryAddWithoutValidation("OK-ACCESS-KEY", _apiKey);
                    request.Headers.TryAddWithoutValidation("OK-ACCESS-SIGN", signature);
                    request.Headers.TryAddWithoutValidation("OK-ACCESS-TIMESTAMP", timestamp);
            {{passphrase}}        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
                }
            }

            /// <summary>Calls OKX through the signing handler.</summary>
            public sealed class {{name}}Client
            {
                private readonly HttpClient _http = {{name}}Handler.CreateClient();

                private async Task<string> SendSignedAsync(HttpMethod method, string requestPath, string body, CancellationToken cancellationToken)
                {
                    using var request = new HttpRequestMessage(method, requestPath);
                    if (body.Length > 0)
                    {
                        request.Content = new StringContent(body, Encoding.UTF8, "application/json");
                    }

                    using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
                    return await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
                }
            {{EndpointMethods()}}}


            """);
    }

    private void CredentialLoader()
    {
        var name = NextName("Credentials");
        var trimmedLine = Mistake() ? "lines[0]" : "lines[0].Trim()";
        var consoleKey = Mistake() ? "Console.ReadLine() ?? string.Empty" : "(Console.ReadLine() ?? string.Empty).Trim()";
        var fileKey = Mistake() ? "root.GetProperty(\"apiKey\").GetString() ?? string.Empty" : "(root.GetProperty(\"apiKey\").GetString() ?? string.Empty).Trim()";
        var demo = Mistake()
            ? $"new OkxApiCredentials(\"{Uuid()}\", \"{HexSecret()}\", \"{Passphrase()}\", Demo: true)"
            : "FromEnvironment() with { Demo = true }";
        _text.Append($$"""
            /// <summary>Where the bot's OKX credentials come from.</summary>
            public static class {{name}}
            {
                public static OkxApiCredentials FromEnvironment() =>
                    new(
                        {{EnvRead("OKX_API_KEY")}},
                        {{EnvRead("OKX_SECRET_KEY")}},
                        {{EnvRead("OKX_PASSPHRASE")}},
                        Environment.GetEnvironmentVariable("OKX_DEMO") == "1");

                public static OkxApiCredentials ForDemoTrading() => {{demo}};

                public static OkxApiCredentials FromJsonFile(string path)
                {
                    using var document = JsonDocument.Parse(File.ReadAllText(path));
                    var root = document.RootElement;
                    var apiKey = {{fileKey}};
                    var secretKey = (root.GetProperty("secretKey").GetString() ?? string.Empty).Trim();
                    var passphrase = (root.GetProperty("passphrase").GetString() ?? string.Empty).Trim();
                    var demo = root.TryGetProperty("demo", out var flag) && flag.GetBoolean();
                    return new OkxApiCredentials(apiKey, secretKey, passphrase, demo);
                }

                public static OkxApiCredentials FromKeyFile(string path)
                {
                    var lines = File.ReadAllLines(path);
                    if (lines.Length < 3)
                    {
                        throw new InvalidDataException("expected three lines: key, secret, passphrase");
                    }

                    return new OkxApiCredentials({{trimmedLine}}, lines[1].Trim(), lines[2].Trim(), Demo: false);
                }

                public static OkxApiCredentials FromConsole()
                {
                    Console.Write("OKX API key: ");
                    var apiKey = {{consoleKey}};
                    Console.Write("OKX secret key: ");
                    var secretKey = (Console.ReadLine() ?? string.Empty).Trim();
                    Console.Write("OKX passphrase: ");
                    var passphrase = (Console.ReadLine() ?? string.Empty).Trim();
                    return new OkxApiCredentials(apiKey, secretKey, passphrase, Demo: false);
                }

                public static bool LooksComplete(OkxApiCredentials credentials) =>
                    credentials.ApiKey.Length == 36
                    && credentials.SecretKey.Length == 32
                    && credentials.Passphrase.Length > 0;
            }


            """);
    }

    private void WebSocketLogin()
    {
        var name = NextName("Private");
        var login = Mistake()
            ? """
                      var login = new { op = "login", args = new[] { new { apiKey = _credentials.ApiKey, timestamp, sign } } };
              """
            : """
                      var login = new { op = "login", args = new[] { new { apiKey = _credentials.ApiKey, passphrase = _credentials.Passphrase, timestamp, sign } } };
              """;
        var eventCheck = Mistake()
            ? """
                      return root.GetProperty("data").GetArrayLength();
              """
            : """
                      if (root.TryGetProperty("event", out var kind) && kind.GetString() == "error")
                      {
                          throw new InvalidOperationException("OKX websocket error " + root.GetProperty("code").GetString() + ": " + root.GetProperty("msg").GetString());
                      }

                      if (root.TryGetProperty("code", out var code) && code.GetString() != "0")
                      {
                          throw new InvalidOperationException("OKX websocket error " + code.GetString());
                      }

                      return root.TryGetProperty("data", out var data) ? data.GetArrayLength() : 0;
              """;
        _text.Append($$"""
            /// <summary>The OKX private WebSocket channel: login, then subscribe.</summary>
            public sealed class {{name}}Socket : IDisposable
            {
                private readonly ClientWebSocket _socket = new();
                private readonly OkxApiCredentials _credentials;

                public {{name}}Socket(OkxApiCredentials credentials)
                {
                    _credentials = credentials;
                }

                public async Task ConnectAsync(CancellationToken cancellationToken)
                {
                    var url = _credentials.Demo ? "wss://wspap.okx.com:8443/ws/v5/private" : "wss://ws.okx.com:8443/ws/v5/private";
                    await _socket.ConnectAsync(new Uri(url), cancellationToken).ConfigureAwait(false);
                    await LoginAsync(cancellationToken).ConfigureAwait(false);
                }

                private async Task LoginAsync(CancellationToken cancellationToken)
                {
                    var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
                    using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(_credentials.SecretKey));
                    var sign = Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(timestamp + "GET" + "/users/self/verify")));
            {{login}}
                    var payload = JsonSerializer.SerializeToUtf8Bytes(login);
                    await _socket.SendAsync(new ArraySegment<byte>(payload), WebSocketMessageType.Text, true, cancellationToken).ConfigureAwait(false);
                }

                public async Task SubscribeAsync(string channel, string instId, CancellationToken cancellationToken)
                {
                    var message = new { op = "subscribe", args = new[] { new { channel, instId } } };
                    await _socket.SendAsync(new ArraySegment<byte>(JsonSerializer.SerializeToUtf8Bytes(message)), WebSocketMessageType.Text, true, cancellationToken).ConfigureAwait(false);
                }

                public async Task<int> ReceiveAsync(CancellationToken cancellationToken)
                {
                    var buffer = new byte[16 * 1024];
                    var received = await _socket.ReceiveAsync(new ArraySegment<byte>(buffer), cancellationToken).ConfigureAwait(false);
                    using var document = JsonDocument.Parse(buffer.AsMemory(0, received.Count));
                    var root = document.RootElement;
            {{eventCheck}}
                }

                public void Dispose() => _socket.Dispose();
            }


            """);
    }

    private void ThirdPartySetup()
    {
        var name = NextName("Sdk");
        var sdkKey = Mistake() ? $"\"{Uuid()}\"" : "(section[\"ApiKey\"] ?? string.Empty).Trim()";
        var ccxtSecret = Mistake() ? $"\"{HexSecret()}\"" : "(_configuration[\"Okx:SecretKey\"] ?? string.Empty).Trim()";
        var ccxtPassword = Mistake()
            ? string.Empty
            : """
                          ["password"] = (_configuration["Okx:Passphrase"] ?? string.Empty).Trim(),

              """;
        _text.Append($$"""
            /// <summary>Creates the OKX.Net and CCXT clients from configuration.</summary>
            public sealed class {{name}}
            {
                private readonly Microsoft.Extensions.Configuration.IConfiguration _configuration;

                public {{name}}(Microsoft.Extensions.Configuration.IConfiguration configuration)
                {
                    _configuration = configuration;
                }

                public OKX.Net.Objects.OKXCredentials CreateCredentials()
                {
                    var section = _configuration.GetSection("Okx");
                    return new OKX.Net.Objects.OKXCredentials(
                        {{sdkKey}},
                        (section["SecretKey"] ?? string.Empty).Trim(),
                        (section["Passphrase"] ?? string.Empty).Trim());
                }

                public ccxt.okx CreateExchange()
                {
                    var config = new Dictionary<string, object>
                    {
                        ["apiKey"] = (_configuration["Okx:ApiKey"] ?? string.Empty).Trim(),
                        ["secret"] = {{ccxtSecret}},
            {{ccxtPassword}}        };
                    return new ccxt.okx(config);
                }

                public async Task<int> CountBalancesAsync()
                {
                    var exchange = CreateExchange();
                    var balances = await exchange.fetchBalance().ConfigureAwait(false);
                    return balances.Count;
                }
            }


            """);
    }

    private const string Header = """
        using System;
        using System.Collections.Generic;
        using System.Globalization;
        using System.IO;
        using System.Linq;
        using System.Net.Http;
        using System.Net.Http.Headers;
        using System.Net.WebSockets;
        using System.Security.Cryptography;
        using System.Text;
        using System.Text.Json;
        using System.Text.Json.Serialization;
        using System.Threading;
        using System.Threading.Tasks;


        """;

    private const string SharedTypes = """
        /// <summary>The OKX v5 response envelope: code "0" means success; data is only meaningful then.</summary>
        public sealed record OkxEnvelope<T>(
            [property: JsonPropertyName("code")] string Code,
            [property: JsonPropertyName("msg")] string Msg,
            [property: JsonPropertyName("data")] IReadOnlyList<T> Data);

        public sealed record OkxApiCredentials(string ApiKey, string SecretKey, string Passphrase, bool Demo);

        public sealed record Balance(
            [property: JsonPropertyName("ccy")] string Ccy,
            [property: JsonPropertyName("bal")] string Bal,
            [property: JsonPropertyName("availBal")] string AvailBal);

        public sealed record Position(
            [property: JsonPropertyName("instId")] string InstId,
            [property: JsonPropertyName("pos")] string Pos,
            [property: JsonPropertyName("avgPx")] string AvgPx);

        public sealed record Ticker(
            [property: JsonPropertyName("instId")] string InstId,
            [property: JsonPropertyName("last")] string Last,
            [property: JsonPropertyName("vol24h")] string Vol24h);

        public sealed record Fill(
            [property: JsonPropertyName("tradeId")] string TradeId,
            [property: JsonPropertyName("fillPx")] string FillPx,
            [property: JsonPropertyName("fillSz")] string FillSz);

        public sealed record Order(
            [property: JsonPropertyName("ordId")] string OrdId,
            [property: JsonPropertyName("clOrdId")] string ClOrdId,
            [property: JsonPropertyName("sCode")] string SCode);


        """;

    private sealed record Endpoint(string Name, string Method, string Path, string? QueryParameter, string Dto);
}
