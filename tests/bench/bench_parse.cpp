// Exposition parser throughput: MiB/s and samples/s on real pages, single thread.
// Usage: bench_parse [SAMPLES_DIR]   (default: WK_SHARED_DIR/samples)

#include "models/metrics/expositionpage.h"
#include "models/metrics/expositionparser.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QString>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace Wk;

namespace {

constexpr int Runs = 9;
constexpr double RunSeconds = 0.25;

// Touches every value so nothing is optimised away; costs what a real sink's call costs.
class ChecksumSink final : public ExpositionSink
{
public:
    void family(const ExpositionFamily &family) override { checksum += double(family.name.size()); }
    void sample(const ExpositionSample &sample) override
    {
        checksum += sample.value + double(sample.labels.size());
    }
    double checksum = 0;
};

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// CPU time of this thread: on a shared machine, wall time also counts the time slices other
// processes took, CPU time only what the parse used.
double threadSeconds()
{
#ifdef CLOCK_THREAD_CPUTIME_ID
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
#else
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
#endif
}

double wallSeconds()
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

template<typename ParseOnce>
void measure(const char *what, const QByteArray &page, int samplesPerPage, ParseOnce parseOnce)
{
    // Calibrate: enough repetitions for one run to last about RunSeconds.
    int repetitions = 1;
    for (;;) {
        const double start = threadSeconds();
        for (int i = 0; i < repetitions; ++i)
            parseOnce();
        if (threadSeconds() - start >= RunSeconds / 4)
            break;
        repetitions *= 2;
    }
    repetitions = std::max(1, repetitions * 4);

    std::vector<double> wallMib;
    std::vector<double> cpuMib;
    std::vector<double> cpuRate;
    for (int run = 0; run < Runs; ++run) {
        const double wallStart = wallSeconds();
        const double cpuStart = threadSeconds();
        for (int i = 0; i < repetitions; ++i)
            parseOnce();
        const double cpu = threadSeconds() - cpuStart;
        const double wall = wallSeconds() - wallStart;
        const double mib = double(page.size()) * repetitions / (1024.0 * 1024.0);
        wallMib.push_back(mib / wall);
        cpuMib.push_back(mib / cpu);
        cpuRate.push_back(double(samplesPerPage) * repetitions / cpu);
    }
    std::printf("  %-44s %7.1f MiB/s (min %6.1f)  %5.2f M samples/s (min %5.2f)  wall %7.1f MiB/s "
                "(min %6.1f)\n",
                what, median(cpuMib), *std::min_element(cpuMib.begin(), cpuMib.end()),
                median(cpuRate) / 1e6, *std::min_element(cpuRate.begin(), cpuRate.end()) / 1e6,
                median(wallMib), *std::min_element(wallMib.begin(), wallMib.end()));
}

void benchPage(const QString &dir, const char *fileName, ExpositionFormat format,
               std::initializer_list<ExpositionValidation> validations, bool withPage)
{
    QFile file(dir + QLatin1Char('/') + QLatin1String(fileName));
    if (!file.open(QIODevice::ReadOnly)) {
        std::printf("%s: cannot read: %s\n", qPrintable(file.fileName()),
                    qPrintable(file.errorString()));
        return;
    }
    const QByteArray page = file.readAll();
    std::printf("%s (%.1f KiB, %s)\n", fileName, double(page.size()) / 1024.0,
                qPrintable(expositionFormatName(format)));
    for (ExpositionValidation validation : validations) {
        const char *name = validation == ExpositionValidation::Strict ? "strict" : "lenient";
        ExpositionParser parser(format, validation);
        ChecksumSink sink;
        const Result<ExpositionStats> first = parser.parse(page, sink);
        if (!first) {
            std::printf("  %-44s %s\n", name, qPrintable(first.error().toString()));
            continue;
        }
        const int samples = first.value().samples;
        char label[96];
        std::snprintf(label, sizeof label, "%s, sink (%d families, %d samples)", name,
                      first.value().families, samples);
        measure(label, page, samples, [&] { parser.parse(page, sink); });
        if (withPage) {
            std::snprintf(label, sizeof label, "%s, into ExpositionPage (owned labels)", name);
            measure(label, page, samples, [&] {
                const Result<ExpositionPage> result = parseExpositionPage(page, parser);
                sink.checksum += double(result.value().samples.size());
            });
        }
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString dir =
        argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(WK_SHARED_DIR "/samples");
    std::printf("bench_parse: one thread, %d runs of about %.2f s CPU each per line; median (min) "
                "per CPU second, then per wall second\n",
                Runs, RunSeconds);
    using V = ExpositionValidation;
    benchPage(dir, "alltypes.237mfs.prom.txt", ExpositionFormat::PrometheusText,
              {V::Strict, V::Lenient}, true);
    benchPage(dir, "node_exporter.prom.txt", ExpositionFormat::PrometheusText,
              {V::Strict, V::Lenient}, false);
    // client_golang's page breaks OpenMetrics's value rules (a negative histogram _sum), so
    // strict stops at line 33: only the lenient figure measures the whole page.
    benchPage(dir, "alltypes.5mfs.om.txt", ExpositionFormat::OpenMetrics, {V::Strict, V::Lenient},
              false);
    return 0;
}
