#include "simulator.h"

#include "loadcurve.h"
#include "noise.h"
#include "servicehealth.h"
#include "servicemodel.h"

#include "models/core/clock.h"

#include <QReadLocker>
#include <QWriteLocker>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Wk {

namespace {

// Scrape-to-scrape jitter: every counter group runs behind real time by a lag that moves
// between random points every Step. The lag changes at most Depth per Step, so the lagged time
// always advances (counters never go back) while per-scrape rates vary by up to +-40 %.
constexpr qint64 JitterStepMs = 15000;
constexpr double JitterDepthMs = 0.4 * JitterStepMs;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

double quantize(double v, double quantum)
{
    if (quantum <= 0)
        return v;
    // Tolerate the last bits of floating-point noise on exact multiples.
    return std::floor(v / quantum + 1e-9) * quantum;
}

} // namespace

// Channel integrals are cached per evaluation time: series of one group share their time,
// and histogram buckets share their channels.
class Simulator::Evaluation
{
public:
    explicit Evaluation(const ServiceModel &model)
        : m_channels(model.channels())
        , m_x(m_channels.size(), std::numeric_limits<double>::quiet_NaN())
        , m_value(m_channels.size(), 0.0)
    {}

    void setTime(double x)
    {
        m_now = x;
        m_load = LoadCurve::integral(x);
    }

    double channel(int c)
    {
        if (m_x[size_t(c)] != m_now) {
            m_x[size_t(c)] = m_now;
            m_value[size_t(c)] = m_channels[size_t(c)].integral(m_now, m_load);
        }
        return m_value[size_t(c)];
    }

    // A series' own integral (before bucket accumulation) at the current time.
    double raw(const Segment &seg, size_t series)
    {
        const RateForm &form = seg.rates[series];
        double v = seg.rawAtStart[series] + form.perSecond * (m_now - seg.startX);
        for (const RateTerm &t : form.terms)
            v += t.weight * (channel(t.channel) - seg.channelAtStart[size_t(t.channel)]);
        return v;
    }

    double now() const { return m_now; }

private:
    const std::vector<RateChannel> &m_channels;
    std::vector<double> m_x;
    std::vector<double> m_value;
    double m_now = 0;
    double m_load = 0;
};

Simulator::Simulator(quint64 seed, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_seed(seed)
    , m_clock(clock)
    , m_startMs(clock->nowMs())
    , m_model(std::make_unique<ServiceModel>(seed))
    , m_health(std::make_unique<ServiceHealth>(m_model.get()))
{
    // The fault-free history from the model's origin.
    Segment first;
    first.startMs = LoadCurve::OriginMs;
    first.startX = 0;
    first.rates = m_model->rates(FaultSet());
    first.rawAtStart.assign(m_model->series().size(), 0.0);
    first.channelAtStart.reserve(m_model->channels().size());
    for (const RateChannel &c : m_model->channels())
        first.channelAtStart.push_back(c.integral(0, 0));
    m_segments.push_back(std::move(first));
}

Simulator::~Simulator() = default;

QByteArray Simulator::expositionContentType()
{
    return QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8");
}

double Simulator::laggedSeconds(int group, qint64 tMs) const
{
    using namespace SimNoise;
    const qint64 k = floorDiv(tMs, JitterStepMs);
    const double frac = double(tMs - k * JitterStepMs) / double(JitterStepMs);
    const double u0 = uniform({m_seed, tag("lag"), quint64(group), quint64(k)});
    const double u1 = uniform({m_seed, tag("lag"), quint64(group), quint64(k + 1)});
    const double lagMs = JitterDepthMs * (u0 + (u1 - u0) * frac);
    return std::max(0.0, (double(tMs - LoadCurve::OriginMs) - lagMs) / 1000.0);
}

int Simulator::segmentIndexAtX(double x) const
{
    const auto it = std::upper_bound(m_segments.begin() + 1, m_segments.end(), x,
                                     [](double v, const Segment &s) { return v < s.startX; });
    return int(it - m_segments.begin()) - 1;
}

const Simulator::Segment &Simulator::segmentAtMs(qint64 tMs) const
{
    const auto it = std::upper_bound(m_segments.begin() + 1, m_segments.end(), tMs,
                                     [](qint64 v, const Segment &s) { return v < s.startMs; });
    return *(it - 1);
}

std::vector<double> Simulator::valuesAt(qint64 tMs) const
{
    const std::vector<ServiceModel::Series> &series = m_model->series();
    const FaultSet &faults = segmentAtMs(tMs).faults;
    Evaluation eval(*m_model);
    std::vector<double> groupX(size_t(m_model->groupCount()),
                               std::numeric_limits<double>::quiet_NaN());
    std::vector<double> cumulative(series.size(), 0.0);
    std::vector<double> out(series.size(), 0.0);
    int currentGroup = -1;
    const Segment *seg = nullptr;
    for (size_t i = 0; i < series.size(); ++i) {
        const ServiceModel::Series &s = series[i];
        if (!s.isCounter()) {
            out[i] = m_model->gauge(s.gauge, tMs, faults);
            continue;
        }
        if (s.aliasOf >= 0) {
            cumulative[i] = cumulative[size_t(s.aliasOf)];
            out[i] = quantize(cumulative[i], s.quantum);
            continue;
        }
        if (s.group != currentGroup) {
            double &x = groupX[size_t(s.group)];
            if (std::isnan(x))
                x = laggedSeconds(s.group, tMs);
            eval.setTime(x);
            seg = &m_segments[size_t(segmentIndexAtX(x))];
            currentGroup = s.group;
        }
        cumulative[i] = eval.raw(*seg, i);
        if (s.accumulateOnto >= 0)
            cumulative[i] += cumulative[size_t(s.accumulateOnto)];
        out[i] = quantize(cumulative[i], s.quantum);
    }
    return out;
}

QList<QPair<Labels, double>> Simulator::samplesAt(qint64 tMs) const
{
    QReadLocker lock(&m_lock);
    const std::vector<double> values = valuesAt(tMs);
    const std::vector<ServiceModel::Series> &series = m_model->series();
    QList<QPair<Labels, double>> out;
    out.reserve(qsizetype(series.size()));
    for (size_t i = 0; i < series.size(); ++i)
        out.append({series[i].labels, values[i]});
    return out;
}

QList<Labels> Simulator::seriesLabels() const
{
    QList<Labels> out;
    for (const ServiceModel::Series &s : m_model->series())
        out.append(s.labels);
    return out;
}

std::vector<double> Simulator::seriesValuesAt(qint64 tMs) const
{
    QReadLocker lock(&m_lock);
    return valuesAt(tMs);
}

QByteArray Simulator::expositionUtf8(qint64 tMs) const
{
    QReadLocker lock(&m_lock);
    const std::vector<double> values = valuesAt(tMs);
    const std::vector<ServiceModel::Series> &series = m_model->series();
    QByteArray text;
    text.reserve(96 * 1024);
    for (const ServiceModel::Family &f : m_model->families()) {
        text += "# HELP " + f.name + ' ' + f.help + '\n';
        text += "# TYPE " + f.name + ' ' + f.type + '\n';
        for (int i = f.first; i < f.first + f.count; ++i) {
            text += series[size_t(i)].text;
            text += ' ';
            text += ServiceModel::formatNumber(values[size_t(i)]);
            text += '\n';
        }
    }
    return text;
}

QString Simulator::exposition(qint64 tMs) const
{
    return QString::fromUtf8(expositionUtf8(tMs));
}

QJsonObject Simulator::health(qint64 tMs, bool detailed) const
{
    QReadLocker lock(&m_lock);
    return m_health->report(tMs, m_startMs, segmentAtMs(tMs).faults, detailed);
}

int Simulator::healthDelayMs(qint64 tMs) const
{
    QReadLocker lock(&m_lock);
    return m_health->responseDelayMs(tMs, segmentAtMs(tMs).faults);
}

FaultSet Simulator::faultsAt(qint64 tMs) const
{
    QReadLocker lock(&m_lock);
    return segmentAtMs(tMs).faults;
}

QJsonObject Simulator::faults() const
{
    return faultsAt(m_clock->nowMs()).toJson();
}

void Simulator::applyFaults(const FaultSet &faults)
{
    Segment &last = m_segments.back();
    const qint64 t = std::max(m_clock->nowMs(), last.startMs);
    if (faults == last.faults)
        return;
    if (t == last.startMs && m_segments.size() > 1) {
        // Changed twice at the same instant: the later change wins.
        last.faults = faults;
        last.rates = m_model->rates(faults);
        return;
    }
    Segment next;
    next.startMs = t;
    next.startX = std::max(0.0, LoadCurve::secondsSinceOrigin(t));
    next.faults = faults;
    next.rates = m_model->rates(faults);
    Evaluation eval(*m_model);
    eval.setTime(next.startX);
    const size_t n = m_model->series().size();
    next.rawAtStart.assign(n, 0.0);
    for (size_t i = 0; i < n; ++i) {
        if (m_model->series()[i].isCounter())
            next.rawAtStart[i] = eval.raw(last, i);
    }
    next.channelAtStart.reserve(m_model->channels().size());
    for (size_t c = 0; c < m_model->channels().size(); ++c)
        next.channelAtStart.push_back(eval.channel(int(c)));
    m_segments.push_back(std::move(next));
}

Result<QJsonObject> Simulator::setFaults(const QJsonObject &patch)
{
    QJsonObject active;
    {
        QWriteLocker lock(&m_lock);
        Result<FaultSet> merged = m_segments.back().faults.merged(patch);
        if (!merged)
            return merged.error();
        applyFaults(merged.value());
        active = m_segments.back().faults.toJson();
    }
    Q_EMIT faultsChanged(active);
    return active;
}

Result<QJsonObject> Simulator::setFaultsJson(const QByteArray &body)
{
    Result<QJsonObject> patch = FaultSet::parsePatch(body);
    if (!patch)
        return patch.error();
    return setFaults(patch.value());
}

void Simulator::clearFaults()
{
    {
        QWriteLocker lock(&m_lock);
        applyFaults(FaultSet());
    }
    Q_EMIT faultsChanged(QJsonObject());
}

} // namespace Wk
