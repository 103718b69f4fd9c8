#pragma once

#include "faultset.h"

#include "models/core/result.h"
#include "models/metrics/labels.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QReadWriteLock>

#include <memory>
#include <vector>

namespace Wk {

class Clock;
class ServiceHealth;
class ServiceModel;
struct RateForm;

// The simulated service (spec/monitoring-guide.md, spec/metrics.md) without any I/O: its health
// checks, its metrics, and the faults injected into it.
//
// Every value is a pure function of (seed, time, fault history): counters are closed-form
// integrals of rate functions, so any past time can be evaluated in microseconds, in any
// order, and agrees with what /metrics showed or will show at that time. Faults take effect
// from the clock's time when they are set; times before that are fault-free.
//
// The const functions may run on several threads at once and alongside setFaults().
class Simulator final : public QObject
{
    Q_OBJECT
public:
    // The clock's time at construction is the service's start (uptime 0).
    Simulator(quint64 seed, Clock *clock, QObject *parent = nullptr); // clock not owned
    ~Simulator() override;

    quint64 seed() const { return m_seed; }
    Clock *clock() const { return m_clock; }
    qint64 startMs() const { return m_startMs; }

    // Every exposed sample at tMs; labels include __name__ (no job or instance).
    QList<QPair<Labels, double>> samplesAt(qint64 tMs) const;
    // The same split in two, for generating long histories: the label sets once, then only the
    // values at each time, in the same order.
    QList<Labels> seriesLabels() const;
    std::vector<double> seriesValuesAt(qint64 tMs) const;
    // The /metrics page at tMs: Prometheus text format 0.0.4.
    QString exposition(qint64 tMs) const;
    QByteArray expositionUtf8(qint64 tMs) const;
    static QByteArray expositionContentType(); // text/plain; version=0.0.4; charset=utf-8

    // GET /api/health (detailed = false) or /api/health/detailed at tMs.
    QJsonObject health(qint64 tMs, bool detailed) const;
    // How long the health endpoint takes to answer at tMs (0 to 1500 ms).
    int healthDelayMs(qint64 tMs) const;

    FaultSet faultsAt(qint64 tMs) const;
    QJsonObject faults() const; // the faults active now, as GET /sim/faults shows them

    // Merges a patch into the active faults from now on and returns the active faults, or an
    // error naming the bad key and what it expects (then nothing changes).
    Result<QJsonObject> setFaults(const QJsonObject &patch);
    // The same from a request body, with JSON syntax errors reported by offset.
    Result<QJsonObject> setFaultsJson(const QByteArray &body);
    void clearFaults();

Q_SIGNALS:
    void faultsChanged(const QJsonObject &faults);

private:
    struct Segment
    {
        qint64 startMs = 0;
        double startX = 0; // seconds since the model's origin
        FaultSet faults;
        std::vector<RateForm> rates;        // per series
        std::vector<double> rawAtStart;     // per series: own integral up to startX
        std::vector<double> channelAtStart; // per channel: integral at startX
    };
    class Evaluation;

    std::vector<double> valuesAt(qint64 tMs) const; // call with m_lock held
    void applyFaults(const FaultSet &faults);       // call with m_lock held for writing
    const Segment &segmentAtMs(qint64 tMs) const;
    int segmentIndexAtX(double x) const;
    double laggedSeconds(int group, qint64 tMs) const;

    quint64 m_seed;
    Clock *m_clock; // not owned
    qint64 m_startMs;
    std::unique_ptr<ServiceModel> m_model;
    std::unique_ptr<ServiceHealth> m_health;
    mutable QReadWriteLock m_lock;
    std::vector<Segment> m_segments;
};

} // namespace Wk
