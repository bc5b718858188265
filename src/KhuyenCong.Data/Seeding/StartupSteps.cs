using System.Diagnostics;
using System.Globalization;

namespace KhuyenCong.Data.Seeding;

/// <summary>
/// Wall-clock and process CPU milliseconds of each start-up step, written into the "Database ready" log line so that
/// an operator (and bench/seed-startup.sh) sees where a slow start spends its time without a profiler. CPU is the
/// whole process's (other threads included): on a loaded machine it is the steadier of the two figures.
/// </summary>
internal sealed class StartupSteps
{
    private readonly Stopwatch _wall = Stopwatch.StartNew();
    private readonly List<string> _steps = [];
    private readonly TimeSpan _cpuAtStart = Cpu();
    private TimeSpan _cpuAtStep;
    private TimeSpan _wallAtStep;

    public StartupSteps() => _cpuAtStep = _cpuAtStart;

    public long ElapsedMs => _wall.ElapsedMilliseconds;
    public long CpuMs => (long)(Cpu() - _cpuAtStart).TotalMilliseconds;

    /// <summary>Runs one step and records its times under <paramref name="name"/>.</summary>
    public async Task<T> RunAsync<T>(string name, Func<Task<T>> step)
    {
        var result = await step();
        Record(name);
        return result;
    }

    public async Task RunAsync(string name, Func<Task> step)
    {
        await step();
        Record(name);
    }

    /// <summary>"migrate 812/640, units 1520/1490, …" (wall/CPU ms per step).</summary>
    public override string ToString() => string.Join(", ", _steps);

    private void Record(string name)
    {
        var wall = _wall.Elapsed;
        var cpu = Cpu();
        _steps.Add(string.Create(CultureInfo.InvariantCulture,
            $"{name} {(wall - _wallAtStep).TotalMilliseconds:0}/{(cpu - _cpuAtStep).TotalMilliseconds:0}"));
        _wallAtStep = wall;
        _cpuAtStep = cpu;
    }

    private static TimeSpan Cpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
