#include "collector.h"

#include "healthmodel.h"
#include "scrapedecoder.h"

#include "models/core/logging.h"
#include "models/metrics/seriesstore.h"

#include <QCoreApplication>
#include <QFile>

namespace Wk {

namespace {

Labels targetLabels(const TargetConfig &t, const QString &metric)
{
    QList<Label> list{{QStringLiteral("__name__"), metric},
                      {QStringLiteral("job"), t.name},
                      {QStringLiteral("instance"), t.instance()}};
    for (auto it = t.labels.begin(); it != t.labels.end(); ++it)
        list.append({it.key(), it.value()});
    return Labels::fromList(list);
}

} // namespace

Collector::Collector(Clock *clock, SeriesStore *store, HealthModel *health, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_store(store)
    , m_health(health)
    , m_fetcher(new HttpFetcher(this))
{}

Collector::~Collector()
{
    stop();
}

void Collector::setTargets(const QList<TargetConfig> &targets)
{
    const bool running = m_running;
    stop();
    ++m_generation;
    m_targets.clear();
    for (const TargetConfig &t : targets) {
        TargetState state;
        state.config = t;
        m_targets.append(state);
    }
    m_timers = QList<Clock::TimerId>(m_targets.size(), 0);
    m_inFlight = QList<bool>(m_targets.size(), false);
    if (running)
        start();
}

void Collector::start()
{
    if (m_running)
        return;
    m_running = true;
    m_firstRoundSignalled = false;
    for (int i = 0; i < m_targets.size(); ++i)
        pollNow(i);
}

void Collector::stop()
{
    m_running = false;
    for (Clock::TimerId &id : m_timers) {
        if (id)
            m_clock->cancel(id);
        id = 0;
    }
}

void Collector::schedule(int index, qint64 atMs)
{
    m_timers[index] = m_clock->callAt(atMs, this, [this, index, atMs] {
        m_timers[index] = 0;
        poll(index, atMs);
    });
}

QByteArray Collector::token(const TargetConfig &t, QString *error) const
{
    if (!t.credentialsFile.isEmpty()) {
        QFile f(t.credentialsFile);
        if (!f.open(QIODevice::ReadOnly)) {
            *error =
                tr("cannot read credentials_file %1: %2").arg(t.credentialsFile, f.errorString());
            return {};
        }
        return f.readAll().trimmed();
    }
    return t.bearerToken.toUtf8();
}

void Collector::pollNow(int index)
{
    poll(index, 0);
}

void Collector::poll(int index, qint64 scheduledMs)
{
    if (index < 0 || index >= m_targets.size())
        return;
    TargetState &state = m_targets[index];
    // Samples carry the scheduled time when the timer was on time, so series keep an exact
    // interval (which the store compresses to almost nothing) instead of timer jitter.
    const qint64 now = m_clock->nowMs();
    const qint64 started = (scheduledMs > 0 && now - scheduledMs < 1000) ? scheduledMs : now;
    // One poll at a time per target; the next one is planned from this start.
    if (m_running) {
        if (m_timers[index])
            m_clock->cancel(m_timers[index]);
        schedule(index, started + state.config.intervalMs);
    }
    if (m_inFlight[index])
        return;
    state.lastPollMs = started;

    FetchRequest req;
    req.url = state.config.url;
    req.timeoutMs = state.config.timeoutMs;
    req.maxBodyBytes = state.config.maxBodyBytes;
    req.tls = state.config.tls;
    const bool metrics = state.config.kind == TargetConfig::Kind::Metrics;
    req.accept = metrics ? ScrapeDecoder::acceptHeader() : QByteArray("application/json");
    QString credentialError;
    req.bearerToken = token(state.config, &credentialError);
    if (!credentialError.isEmpty()) {
        FetchResult failed;
        failed.status = FetchResult::Status::Other;
        failed.errorString = credentialError;
        metrics ? handleMetrics(index, started, failed) : handleHealth(index, started, failed);
        return;
    }
    m_inFlight[index] = true;
    const quint64 generation = m_generation;
    m_fetcher->get(req, [this, index, started, metrics, generation](const FetchResult &r) {
        if (generation != m_generation)
            return;
        m_inFlight[index] = false;
        metrics ? handleMetrics(index, started, r) : handleHealth(index, started, r);
    });
}

void Collector::handleHealth(int index, qint64 started, const FetchResult &result)
{
    TargetState &state = m_targets[index];
    const TargetConfig &t = state.config;
    state.durationMs = result.durationMs;
    QList<QPair<Labels, double>> samples;
    const auto add = [&](const QString &metric, double v, const QString &check = {}) {
        Labels l = targetLabels(t, metric);
        if (!check.isEmpty())
            l.set(QStringLiteral("check"), check);
        samples.append({l, v});
    };

    std::optional<HealthReport> report;
    QString error = result.errorString;
    if (result.ok()) {
        auto decoded = m_decoder.decode(result.body);
        if (decoded)
            report = std::move(decoded).value();
        else
            error = decoded.error().toString();
    }
    if (report) {
        state.ok = true;
        state.error.clear();
        state.lastSuccessMs = started;
        state.consecutiveFailures = 0;
        add(QStringLiteral("up"), 1);
        add(QStringLiteral("watchkeeper_probe_duration_seconds"), result.durationMs / 1000.0);
        if (report->overall != HealthStatus::Unknown)
            add(QStringLiteral("watchkeeper_health_status"), int(report->overall),
                QStringLiteral("overall"));
        for (const HealthCheck &c : std::as_const(report->checks)) {
            if (c.status != HealthStatus::Unknown)
                add(QStringLiteral("watchkeeper_health_status"), int(c.status), c.name);
            if (c.durationMs >= 0)
                add(QStringLiteral("watchkeeper_health_check_duration_seconds"),
                    c.durationMs / 1000.0, c.name);
        }
        if (m_health)
            m_health->applyReport(t.name, *report, m_clock->nowMs());
    } else {
        state.ok = false;
        state.error = error;
        ++state.consecutiveFailures;
        add(QStringLiteral("up"), 0);
        // The service did not answer: it is unhealthy as far as anyone can tell.
        add(QStringLiteral("watchkeeper_health_status"), int(HealthStatus::Unhealthy),
            QStringLiteral("overall"));
        qCInfo(lcSources) << t.name << "health poll failed:" << error;
        if (m_health)
            m_health->applyFailure(t.name, error, m_clock->nowMs());
    }
    if (m_store) {
        const auto rep = m_store->ingest(t.key(), started, samples);
        state.samples = rep.samples;
    }
    finishPoll(index);
}

void Collector::handleMetrics(int index, qint64 started, const FetchResult &result)
{
    TargetState &state = m_targets[index];
    const TargetConfig &t = state.config;
    state.durationMs = result.durationMs;
    QList<QPair<Labels, double>> samples;
    QString error = result.errorString;
    bool ok = false;
    if (result.ok()) {
        auto decoded = ScrapeDecoder::decode(result.body, result.contentType, t, started);
        if (decoded) {
            samples = std::move(decoded).value();
            ok = true;
        } else {
            error = tr("invalid response: %1").arg(decoded.error().toString());
        }
    }
    const int scraped = int(samples.size());
    samples.append({targetLabels(t, QStringLiteral("up")), ok ? 1.0 : 0.0});
    samples.append(
        {targetLabels(t, QStringLiteral("watchkeeper_scrape_samples")), double(scraped)});
    samples.append({targetLabels(t, QStringLiteral("watchkeeper_probe_duration_seconds")),
                    result.durationMs / 1000.0});
    state.ok = ok;
    state.error = ok ? QString() : error;
    if (ok) {
        state.lastSuccessMs = started;
        state.consecutiveFailures = 0;
    } else {
        ++state.consecutiveFailures;
        qCInfo(lcSources) << t.name << "scrape failed:" << error;
    }
    if (m_store) {
        // A failed scrape writes only the synthetic series, so the target's others go stale.
        const auto rep = m_store->ingest(t.key(), started, samples);
        state.samples = rep.samples;
        state.rejectedSeries = rep.rejectedSeries;
    }
    finishPoll(index);
}

void Collector::finishPoll(int index)
{
    Q_EMIT targetPolled(index);
    if (!m_firstRoundSignalled) {
        for (const TargetState &s : std::as_const(m_targets)) {
            if (s.lastPollMs == 0 || m_inFlight[&s - m_targets.constData()])
                return;
        }
        m_firstRoundSignalled = true;
        Q_EMIT firstRoundDone();
    }
}

} // namespace Wk
