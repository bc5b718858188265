using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace KhuyenCong.Tests.Infrastructure;

/// <summary>
/// A real SMTP server inside the test process (the SmtpServer package) on a free local port: what the portal sends
/// arrives in <see cref="Messages"/>; with <c>refuse</c> it answers every message with a permanent failure.
/// </summary>
public sealed class TestSmtpServer : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;

    public TestSmtpServer(bool refuse = false)
    {
        Port = FreePort();
        var options = new SmtpServerOptionsBuilder().ServerName("localhost").Port(Port).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(this, refuse));
        _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
    }

    public int Port { get; }
    public ConcurrentQueue<MimeMessage> Messages { get; } = new();

    /// <summary>Waits until a message matching <paramref name="match"/> has arrived (the outbox sends within
    /// seconds).</summary>
    public async Task<MimeMessage?> WaitForAsync(Func<MimeMessage, bool> match, int seconds = 30)
    {
        for (var waited = 0; waited < seconds * 10; waited++)
        {
            if (Messages.FirstOrDefault(match) is { } found) return found;
            await Task.Delay(100);
        }
        return null;
    }

    public void Dispose()
    {
        _stop.Cancel();
        try
        {
            _running.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // Cancelled on purpose.
        }
        _stop.Dispose();
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private sealed class Store(TestSmtpServer server, bool refuse) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction,
            ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            if (refuse) return SmtpResponse.MailboxUnavailable;
            using var stream = new MemoryStream(buffer.ToArray());
            server.Messages.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
