#pragma once

#include "faultset.h"
#include "histogramshape.h"
#include "ratechannel.h"
#include "rateform.h"

#include "models/metrics/labels.h"

#include <QByteArray>
#include <QPair>
#include <QStringList>

#include <vector>

namespace Wk {

// The catalogue of the simulated service: every exposed series (spec/metrics.md), the
// channels their rates are built from, and how each fault reshapes those rates. Pure and
// immutable after construction; the Simulator integrates it over time.
class ServiceModel final
{
public:
    explicit ServiceModel(quint64 seed);

    struct Family
    {
        QByteArray name;
        QByteArray type; // counter, gauge, histogram
        QByteArray help;
        int first = 0; // first series
        int count = 0;
    };

    struct Series
    {
        Labels labels;   // with __name__
        QByteArray text; // name{label="value",...} as exposed
        int family = 0;
        int group = -1;          // counters: jitter group (histogram buckets share one)
        int accumulateOnto = -1; // a bucket adds the value of the bucket below it
        int aliasOf = -1;        // _count repeats the +Inf bucket
        double quantum = 0;      // counters are floored to this step; 0 keeps fractions
        int gauge = -1;          // gauges: which value; -1 for counters
        bool isCounter() const { return gauge < 0; }
    };

    enum class Mount { Root, Data };

    quint64 seed() const { return m_seed; }
    const std::vector<Family> &families() const { return m_families; }
    const std::vector<Series> &series() const { return m_series; }
    const std::vector<RateChannel> &channels() const { return m_channels; }
    int groupCount() const { return m_groupCount; }

    // The rate of every counter series while these faults are active (empty for gauges).
    std::vector<RateForm> rates(const FaultSet &faults) const;
    double gauge(int index, qint64 tMs, const FaultSet &faults) const;

    // The values the health checks and the gauges share.
    double cpuRatio(qint64 tMs, const FaultSet &faults) const;
    double memoryRatio(qint64 tMs, const FaultSet &faults) const;
    double diskRatio(Mount mount, qint64 tMs, const FaultSet &faults) const;
    int dbConnections(qint64 tMs, const FaultSet &faults) const;
    double redisMemoryBytes(qint64 tMs) const;

    static constexpr int MaxDbConnections = 100;

    // Shortest text that reads back as the same double, as Prometheus prints numbers.
    static QByteArray formatNumber(double v);

private:
    struct HistogramSeries
    {
        std::vector<int> buckets; // one per interval, the last is +Inf
        int sum = -1;
        int count = -1;
    };
    // Latency as two populations: requests served at once and requests that queued behind
    // others. The queued share grows with the load, so quantiles rise in the afternoon.
    struct Latency
    {
        HistogramShape fast;
        HistogramShape congested;
        HistogramShape overall; // the mixture at mean load
        std::vector<int> fastChannels;
        std::vector<int> congestedChannels; // empty when the load does not matter
    };
    // A histogram's observation rates, per source population.
    struct Component
    {
        const HistogramShape *shape = nullptr;
        std::vector<RateForm> sources; // per interval
    };
    struct Route
    {
        int endpoint = 0;
        QString method;
        double rate = 0;
        Latency latencyShape;
        bool health = false;
        bool legacy = false;
        bool dbBacked = true;
        QList<QPair<int, double>> apis; // external API and the share of requests calling it
        double share4xx = 0;
        double share500 = 0;
        double share503 = 0;
        int err500 = -1;
        int err503 = -1;
        QStringList statuses; // success, client error, 500, 503 (health: success only)
        std::vector<int> statusSeries;
        HistogramSeries latency;
        int group = -1;
    };
    struct Endpoint
    {
        QString path;
        std::vector<int> routes;
        HistogramShape size;
        HistogramSeries sizeSeries;
        int timeoutChannel = -1;
        int retryChannel = -1;
        int timeoutSeries = -1;
        int retrySeries = -1;
        int deprecatedSeries = -1;
        int group = -1;
    };
    struct DbQuery
    {
        QString name;
        double rate = 0;
        double rowsPerQuery = 1;
        bool readsLeads = false;
        Latency latencyShape;
        HistogramSeries latency;
        int rowsSeries = -1;
        int group = -1;
    };
    struct CacheOp
    {
        QString op;
        double perLookup = 1; // operations per lookup (set: per miss)
        bool onMiss = false;
        HistogramShape shape;
        std::vector<int> intervals;
        HistogramSeries latency;
        int group = -1;
    };
    struct Cache
    {
        QString name;
        double rate = 0;
        double missShare = 0;
        int hitChannel = -1;
        int missChannel = -1;
        int hitSeries = -1;
        int missSeries = -1;
        int group = -1;
        std::vector<CacheOp> ops;
    };
    struct Api
    {
        QString key;
        double rate = 0;
        HistogramShape shape;
        std::vector<int> intervals;
        int errorChannel = -1;
        int timeoutChannel = -1;
        int okSeries = -1;
        int errorSeries = -1;
        int timeoutSeries = -1;
        HistogramSeries latency;
        int group = -1;
    };
    // A counter with a single channel of its own.
    struct Simple
    {
        int channel = -1;
        int series = -1;
    };
    enum GaugeId {
        RegisteredUsers,
        ActiveUsers,
        Satisfaction,
        CpuUsage,
        MemoryUsage,
        DiskRoot,
        DiskData,
        RedisMemory,
        DbConnections,
        BuildInfo,
    };

    int addChannel(double base, double gain, double noise);
    int addGroup() { return m_groupCount++; }
    void beginFamily(const char *name, const char *type, const char *help);
    int addSeries(const QByteArray &name, const QList<Label> &labels, int group, double quantum,
                  int gauge = -1);
    HistogramSeries addHistogram(const QByteArray &name, const QList<Label> &labels,
                                 const QList<double> &bounds, int group);
    Simple addSimple(const QByteArray &name, const QList<Label> &labels, double perDay, double gain,
                     double noise, double quantum = 1);
    Latency addLatency(const QList<double> &bounds, double rate, double median, double sigma,
                       bool followsLoad);
    // The two populations' observation rates, times factor, plus perSecond spread like the
    // fast population.
    std::vector<Component> latencySources(const Latency &l, double factor,
                                          double perSecond = 0) const;
    // A histogram fed by a single population.
    static std::vector<Component> single(const HistogramShape &shape,
                                         std::vector<RateForm> sources);
    void setHistogram(std::vector<RateForm> &out, const HistogramSeries &h,
                      const std::vector<Component> &components,
                      const QList<ObservationEffect> &effects) const;

    void buildPerformance();
    void buildBusiness();
    void buildSystem();
    void buildSecurity();

    double wave(quint64 key, double x) const;     // smooth, in [-1, 1]
    double jitter(quint64 key, qint64 tMs) const; // per 5-second step, in [-0.5, 0.5)

    quint64 m_seed;
    std::vector<Family> m_families;
    std::vector<Series> m_series;
    std::vector<RateChannel> m_channels;
    int m_groupCount = 0;

    std::vector<Route> m_routes;
    std::vector<Endpoint> m_endpoints;
    std::vector<DbQuery> m_queries;
    std::vector<Cache> m_caches;
    std::vector<Api> m_apis;

    std::vector<Simple> m_leadsBySource; // web, phone, sms, referral
    Simple m_leadsQualified, m_leadsConverted;
    Simple m_apptScheduled, m_apptCompleted, m_apptCancelled;
    Simple m_calls, m_sms, m_emails;
    std::vector<Simple> m_conversations; // success, escalated, failed
    std::vector<Simple> m_revenue;       // starter, pro, enterprise
    int m_signupChannel = -1;

    std::vector<Simple> m_logs; // error, warn, info, debug

    Simple m_loginSuccess, m_loginFailure, m_lockouts, m_passwordChanges;
    Simple m_tokensIssued, m_tokensRevoked;
    Simple m_deniedPermission, m_deniedEscalation, m_deniedUnauthenticated;
    Simple m_dataExports;
};

} // namespace Wk
