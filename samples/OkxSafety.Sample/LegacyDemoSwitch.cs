namespace OkxSafety.Sample;

/// <summary>
/// The bot's first demo/live switch, kept for the old scripts. Both of its x-simulated-trading headers are wrong
/// (OKX004): OKX then refuses the key with 50101. <see cref="OkxRestClient"/> does it right.
/// </summary>
public static class LegacyDemoSwitch
{
    public static HttpClient CreateClient(bool useDemo)
    {
        var http = new HttpClient { BaseAddress = new Uri("https://www.okx.com") };

        // OKX004: bool.ToString() sends "True"/"False"; OKX reads only "1" or "0".
        http.DefaultRequestHeaders.Add("x-simulated-trading", useDemo.ToString());
        return http;
    }

    public static HttpRequestMessage CreateRequest(HttpMethod method, string requestPath, bool isLive)
    {
        var request = new HttpRequestMessage(method, requestPath);
        if (isLive)
        {
            // OKX004: the live branch asks for demo trading.
            request.Headers.Add("x-simulated-trading", "1");
        }

        return request;
    }
}
