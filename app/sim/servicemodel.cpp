#include "servicemodel.h"

#include "loadcurve.h"
#include "noise.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <numbers>
#include <tuple>

namespace Wk {

namespace {

constexpr double Day = 86400.0;

const QList<double> HttpBounds = {0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5};
const QList<double> SizeBounds = {100, 1000, 10000, 100000, 1000000};
const QList<double> DbBounds = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5};
const QList<double> CacheBounds = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
                                   0.05,   0.1,   0.25,   0.5,   1};
const QList<double> ApiBounds = {0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

// A request slower than this is counted as a timeout by the client.
constexpr double HttpTimeoutSeconds = 5;
// How much more the slow end of a latency distribution follows the load than the fast end.
constexpr double LatencyLoadStrength = 0.15;
// The queued population: its share of requests at mean load, how much slower it is, and how
// strongly it follows the load (the served-at-once population takes the rest of the load so
// the total follows the load with gain 1).
constexpr double CongestedShare = 0.35;
constexpr double CongestedSlowdown = 2.4;
constexpr double CongestedGain = 1.45;

using State = FaultSet::State;

Label label(const char *name, const QString &value)
{
    return Label{QString::fromLatin1(name), value};
}

QByteArray escapeLabelValue(const QString &value)
{
    QByteArray out;
    for (QChar c : value) {
        if (c == u'\\')
            out += "\\\\";
        else if (c == u'"')
            out += "\\\"";
        else if (c == u'\n')
            out += "\\n";
        else
            out += QString(c).toUtf8();
    }
    return out;
}

QByteArray seriesText(const QByteArray &name, const QList<Label> &labels)
{
    QByteArray out = name;
    if (labels.isEmpty())
        return out;
    out += '{';
    for (qsizetype i = 0; i < labels.size(); ++i) {
        if (i > 0)
            out += ',';
        out += labels[i].name.toLatin1();
        out += "=\"";
        out += escapeLabelValue(labels[i].value);
        out += '"';
    }
    out += '}';
    return out;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Construction

ServiceModel::ServiceModel(quint64 seed)
    : m_seed(seed)
{
    buildPerformance();
    buildBusiness();
    buildSystem();
    buildSecurity();
}

QByteArray ServiceModel::formatNumber(double v)
{
    if (std::isinf(v))
        return v > 0 ? QByteArrayLiteral("+Inf") : QByteArrayLiteral("-Inf");
    if (std::isnan(v))
        return QByteArrayLiteral("NaN");
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    return QByteArray(buf, int(r.ptr - buf));
}

int ServiceModel::addChannel(double base, double gain, double noise)
{
    const int id = int(m_channels.size());
    m_channels.push_back(RateChannel::make(m_seed, id, base, gain, noise));
    return id;
}

void ServiceModel::beginFamily(const char *name, const char *type, const char *help)
{
    Family f;
    f.name = name;
    f.type = type;
    f.help = help;
    f.first = int(m_series.size());
    m_families.push_back(f);
}

int ServiceModel::addSeries(const QByteArray &name, const QList<Label> &labels, int group,
                            double quantum, int gauge)
{
    Series s;
    QList<Label> all = labels;
    all.append(Label{QStringLiteral("__name__"), QString::fromLatin1(name)});
    s.labels = Labels::fromList(all);
    s.text = seriesText(name, labels);
    s.family = int(m_families.size()) - 1;
    s.group = group;
    s.quantum = quantum;
    s.gauge = gauge;
    m_series.push_back(std::move(s));
    ++m_families.back().count;
    return int(m_series.size()) - 1;
}

ServiceModel::HistogramSeries ServiceModel::addHistogram(const QByteArray &name,
                                                         const QList<Label> &labels,
                                                         const QList<double> &bounds, int group)
{
    HistogramSeries h;
    const QByteArray bucket = name + "_bucket";
    for (qsizetype i = 0; i <= bounds.size(); ++i) {
        QList<Label> l = labels;
        const double le = i < bounds.size() ? bounds[i] : std::numeric_limits<double>::infinity();
        l.append(label("le", QString::fromLatin1(formatNumber(le))));
        const int id = addSeries(bucket, l, group, 1);
        if (!h.buckets.empty())
            m_series[size_t(id)].accumulateOnto = h.buckets.back();
        h.buckets.push_back(id);
    }
    h.sum = addSeries(name + "_sum", labels, group, 0);
    h.count = addSeries(name + "_count", labels, group, 1);
    m_series[size_t(h.count)].aliasOf = h.buckets.back();
    return h;
}

ServiceModel::Simple ServiceModel::addSimple(const QByteArray &name, const QList<Label> &labels,
                                             double perDay, double gain, double noise,
                                             double quantum)
{
    Simple s;
    s.channel = addChannel(perDay / Day, gain, noise);
    s.series = addSeries(name, labels, addGroup(), quantum);
    return s;
}

ServiceModel::Latency ServiceModel::addLatency(const QList<double> &bounds, double rate,
                                               double median, double sigma, bool followsLoad)
{
    Latency l;
    l.fast = HistogramShape(bounds, median, sigma);
    l.congested = HistogramShape(bounds, median * CongestedSlowdown, sigma * 1.1);
    const double share = followsLoad ? CongestedShare : 0.0;
    l.overall = HistogramShape::mixture(l.fast, 1 - share, l.congested, share);
    const double fastGain = followsLoad ? (1 - share * CongestedGain) / (1 - share) : 0.0;
    for (int i = 0; i < l.fast.intervalCount(); ++i)
        l.fastChannels.push_back(
            addChannel(rate * (1 - share) * l.fast.probability(i), fastGain, 0.08));
    if (followsLoad) {
        for (int i = 0; i < l.congested.intervalCount(); ++i)
            l.congestedChannels.push_back(
                addChannel(rate * share * l.congested.probability(i), CongestedGain, 0.08));
    }
    return l;
}

std::vector<ServiceModel::Component> ServiceModel::latencySources(const Latency &l, double factor,
                                                                  double perSecond) const
{
    std::vector<Component> out;
    Component fast;
    fast.shape = &l.fast;
    for (int i = 0; i < l.fast.intervalCount(); ++i) {
        RateForm f;
        f.addChannel(l.fastChannels[size_t(i)], factor);
        f.perSecond = perSecond * l.fast.probability(i);
        fast.sources.push_back(std::move(f));
    }
    out.push_back(std::move(fast));
    if (!l.congestedChannels.empty()) {
        Component congested;
        congested.shape = &l.congested;
        for (int i = 0; i < l.congested.intervalCount(); ++i) {
            RateForm f;
            f.addChannel(l.congestedChannels[size_t(i)], factor);
            congested.sources.push_back(std::move(f));
        }
        out.push_back(std::move(congested));
    }
    return out;
}

void ServiceModel::buildPerformance()
{
    struct EndpointDef
    {
        const char *path;
        double sizeMedian; // bytes
        double timeoutShare;
        double retryShare;
    };
    static const EndpointDef endpointDefs[] = {
        {"/api/leads", 4200, 0.0006, 0.003}, {"/api/appointments", 3100, 0.0006, 0.003},
        {"/api/users", 1800, 0.0004, 0.002}, {"/api/calls", 2600, 0.0008, 0.004},
        {"/api/health", 650, 0, 0},          {"/api/v1/legacy", 1500, 0.001, 0.003},
    };
    struct RouteDef
    {
        int endpoint;
        const char *method;
        double rate;   // requests per second, weekly mean
        double median; // seconds
        double sigma;
        QList<QPair<int, double>> apis;
    };
    const RouteDef routeDefs[] = {
        {0, "GET", 8.0, 0.054, 0.55, {{FaultSet::Supabase, 0.3}}},
        {0, "POST", 1.2, 0.056, 0.55, {{FaultSet::Supabase, 0.5}}},
        {1, "GET", 6.0, 0.05, 0.55, {{FaultSet::GoogleCalendar, 0.2}}},
        {1, "POST", 0.8, 0.057, 0.55, {{FaultSet::GoogleCalendar, 0.8}}},
        {2, "GET", 5.0, 0.044, 0.55, {{FaultSet::Supabase, 0.4}}},
        {2, "POST", 0.3, 0.05, 0.55, {{FaultSet::Supabase, 0.6}}},
        {3, "GET", 4.0, 0.053, 0.55, {{FaultSet::Telnyx, 0.2}}},
        {3, "POST", 1.5, 0.057, 0.55, {{FaultSet::Telnyx, 0.8}, {FaultSet::Retell, 0.6}}},
        {4, "GET", 0.1, 0.018, 0.5, {}},
        {5, "GET", 0.0008, 0.06, 0.55, {}},
    };

    for (const EndpointDef &d : endpointDefs) {
        Endpoint e;
        e.path = QString::fromLatin1(d.path);
        e.size = HistogramShape(SizeBounds, d.sizeMedian, 0.9);
        e.group = addGroup();
        double rate = 0;
        for (const RouteDef &r : routeDefs) {
            if (QLatin1String(endpointDefs[r.endpoint].path) == e.path)
                rate += r.rate;
        }
        const bool health = e.path == u"/api/health";
        e.timeoutChannel = addChannel(rate * d.timeoutShare, health ? 0 : 1, 0.3);
        e.retryChannel = addChannel(rate * d.retryShare, health ? 0 : 1, 0.3);
        m_endpoints.push_back(e);
    }

    for (const RouteDef &d : routeDefs) {
        Route r;
        r.endpoint = d.endpoint;
        r.method = QString::fromLatin1(d.method);
        r.rate = d.rate;
        r.health = m_endpoints[size_t(d.endpoint)].path == u"/api/health";
        r.legacy = m_endpoints[size_t(d.endpoint)].path == u"/api/v1/legacy";
        r.dbBacked = !r.health;
        r.apis = d.apis;
        r.group = addGroup();
        // Monitors poll the health endpoint at a constant rate; users follow the day.
        r.latencyShape = addLatency(HttpBounds, d.rate, d.median, d.sigma, !r.health);
        if (r.health) {
            r.statuses = {QStringLiteral("200")};
        } else {
            const bool get = r.method == u"GET";
            r.statuses = {get ? QStringLiteral("200") : QStringLiteral("201"),
                          get ? QStringLiteral("404") : QStringLiteral("400"),
                          QStringLiteral("500"), QStringLiteral("503")};
            r.share4xx = get ? 0.02 : 0.03;
            r.share500 = 0.0055;
            r.share503 = 0.0015;
            r.err500 = addChannel(d.rate * r.share500, 0.9, 0.25);
            r.err503 = addChannel(d.rate * r.share503, 0.9, 0.25);
        }
        m_endpoints[size_t(d.endpoint)].routes.push_back(int(m_routes.size()));
        m_routes.push_back(r);
    }

    struct QueryDef
    {
        const char *name;
        double rate;
        double median;
        double rows;
        bool readsLeads;
    };
    static const QueryDef queryDefs[] = {
        {"select_leads", 9.0, 0.016, 14, true},
        {"insert_lead", 0.6, 0.013, 1, false},
        {"select_appointments", 6.0, 0.019, 6, false},
        {"update_appointment", 0.8, 0.013, 1, false},
    };
    for (const QueryDef &d : queryDefs) {
        DbQuery q;
        q.name = QString::fromLatin1(d.name);
        q.rate = d.rate;
        q.rowsPerQuery = d.rows;
        q.readsLeads = d.readsLeads;
        q.group = addGroup();
        q.latencyShape = addLatency(DbBounds, d.rate, d.median, 0.6, true);
        m_queries.push_back(q);
    }

    struct CacheDef
    {
        const char *name;
        double rate;
        double miss;
    };
    static const CacheDef cacheDefs[] = {{"session", 25.0, 0.05}, {"leads", 8.0, 0.15}};
    struct OpDef
    {
        const char *op;
        double perLookup;
        bool onMiss;
        double median;
    };
    static const OpDef opDefs[] = {
        {"get", 1.0, false, 0.0011}, {"set", 0.95, true, 0.0016}, {"delete", 0.01, false, 0.0013}};
    for (const CacheDef &d : cacheDefs) {
        Cache c;
        c.name = QString::fromLatin1(d.name);
        c.rate = d.rate;
        c.missShare = d.miss;
        c.group = addGroup();
        c.hitChannel = addChannel(d.rate * (1 - d.miss), 1, 0.06);
        c.missChannel = addChannel(d.rate * d.miss, 1, 0.12);
        for (const OpDef &o : opDefs) {
            CacheOp op;
            op.op = QString::fromLatin1(o.op);
            op.perLookup = o.perLookup;
            op.onMiss = o.onMiss;
            op.shape = HistogramShape(CacheBounds, o.median, 0.55);
            op.group = addGroup();
            const double rate = d.rate * o.perLookup * (o.onMiss ? d.miss : 1);
            for (int i = 0; i < op.shape.intervalCount(); ++i)
                op.intervals.push_back(addChannel(rate * op.shape.probability(i),
                                                  op.shape.loadGain(i, LatencyLoadStrength), 0.08));
            c.ops.push_back(op);
        }
        m_caches.push_back(c);
    }

    struct ApiDef
    {
        double rate;
        double median;
        double sigma;
    };
    static const ApiDef apiDefs[FaultSet::ApiCount] = {
        {2.0, 0.19, 0.45}, {0.8, 0.38, 0.5}, {0.5, 0.13, 0.5}, {6.0, 0.045, 0.5}};
    for (int i = 0; i < FaultSet::ApiCount; ++i) {
        Api a;
        a.key = FaultSet::apiKeys()[i];
        a.rate = apiDefs[i].rate;
        a.shape = HistogramShape(ApiBounds, apiDefs[i].median, apiDefs[i].sigma);
        a.group = addGroup();
        for (int j = 0; j < a.shape.intervalCount(); ++j)
            a.intervals.push_back(addChannel(a.rate * a.shape.probability(j),
                                             a.shape.loadGain(j, LatencyLoadStrength), 0.08));
        a.errorChannel = addChannel(a.rate * 0.003, 0.9, 0.3);
        a.timeoutChannel = addChannel(a.rate * 0.001, 0.9, 0.3);
        m_apis.push_back(a);
    }

    // Series, family by family in the order of spec/metrics.md.
    beginFamily("http_requests_total", "counter",
                "HTTP requests answered, by endpoint, method and status code.");
    for (Route &r : m_routes) {
        for (const QString &status : std::as_const(r.statuses)) {
            r.statusSeries.push_back(
                addSeries("http_requests_total",
                          {label("endpoint", m_endpoints[size_t(r.endpoint)].path),
                           label("method", r.method), label("status_code", status)},
                          r.group, 1));
        }
    }
    beginFamily("http_request_duration_seconds", "histogram",
                "Time to answer an HTTP request, by endpoint and method.");
    for (Route &r : m_routes)
        r.latency = addHistogram(
            "http_request_duration_seconds",
            {label("endpoint", m_endpoints[size_t(r.endpoint)].path), label("method", r.method)},
            HttpBounds, r.group);
    beginFamily("http_response_size_bytes", "histogram", "Size of HTTP response bodies.");
    for (Endpoint &e : m_endpoints)
        e.sizeSeries = addHistogram("http_response_size_bytes", {label("endpoint", e.path)},
                                    SizeBounds, e.group);
    beginFamily("db_query_duration_seconds", "histogram", "Database query time, by query.");
    for (DbQuery &q : m_queries)
        q.latency =
            addHistogram("db_query_duration_seconds", {label("query", q.name)}, DbBounds, q.group);
    beginFamily("db_rows_affected_total", "counter",
                "Rows returned or changed by database queries.");
    for (DbQuery &q : m_queries)
        q.rowsSeries = addSeries("db_rows_affected_total", {label("query", q.name)}, q.group, 1);
    beginFamily("cache_requests_total", "counter", "Cache lookups, by cache and result.");
    for (Cache &c : m_caches) {
        c.hitSeries =
            addSeries("cache_requests_total",
                      {label("cache", c.name), label("result", QStringLiteral("hit"))}, c.group, 1);
        c.missSeries = addSeries("cache_requests_total",
                                 {label("cache", c.name), label("result", QStringLiteral("miss"))},
                                 c.group, 1);
    }
    beginFamily("cache_operation_duration_seconds", "histogram",
                "Time of cache operations, by cache and operation.");
    for (Cache &c : m_caches) {
        for (CacheOp &op : c.ops)
            op.latency =
                addHistogram("cache_operation_duration_seconds",
                             {label("cache", c.name), label("op", op.op)}, CacheBounds, op.group);
    }
    beginFamily("external_api_requests_total", "counter",
                "Calls to external APIs, by API and result.");
    for (Api &a : m_apis) {
        const auto add = [&](const char *result) {
            return addSeries("external_api_requests_total",
                             {label("api", a.key), label("result", QString::fromLatin1(result))},
                             a.group, 1);
        };
        a.okSeries = add("ok");
        a.errorSeries = add("error");
        a.timeoutSeries = add("timeout");
    }
    beginFamily("external_api_request_duration_seconds", "histogram",
                "Time of calls to external APIs, by API.");
    for (Api &a : m_apis)
        a.latency = addHistogram("external_api_request_duration_seconds", {label("api", a.key)},
                                 ApiBounds, a.group);
    beginFamily("http_request_timeouts_total", "counter", "HTTP requests that timed out.");
    for (Endpoint &e : m_endpoints)
        e.timeoutSeries =
            addSeries("http_request_timeouts_total", {label("endpoint", e.path)}, e.group, 1);
    beginFamily("http_request_retries_total", "counter", "HTTP requests retried by clients.");
    for (Endpoint &e : m_endpoints)
        e.retrySeries =
            addSeries("http_request_retries_total", {label("endpoint", e.path)}, e.group, 1);
    beginFamily("deprecated_api_calls_total", "counter", "Calls to deprecated API endpoints.");
    for (Endpoint &e : m_endpoints) {
        if (e.path == u"/api/v1/legacy")
            e.deprecatedSeries =
                addSeries("deprecated_api_calls_total", {label("endpoint", e.path)}, e.group, 1);
    }
}

void ServiceModel::buildBusiness()
{
    beginFamily("leads_created_total", "counter", "Leads created, by source.");
    const std::pair<const char *, double> sources[] = {
        {"web", 180}, {"phone", 90}, {"sms", 40}, {"referral", 25}};
    for (const auto &[source, perDay] : sources)
        m_leadsBySource.push_back(addSimple("leads_created_total",
                                            {label("source", QString::fromLatin1(source))}, perDay,
                                            1.0, 0.3));
    beginFamily("leads_qualified_total", "counter", "Leads qualified.");
    m_leadsQualified = addSimple("leads_qualified_total", {}, 150, 1.0, 0.3);
    beginFamily("leads_converted_total", "counter", "Leads converted to customers.");
    m_leadsConverted = addSimple("leads_converted_total", {}, 40, 1.0, 0.35);
    beginFamily("appointments_scheduled_total", "counter", "Appointments scheduled.");
    m_apptScheduled = addSimple("appointments_scheduled_total", {}, 60, 1.0, 0.3);
    beginFamily("appointments_completed_total", "counter", "Appointments completed.");
    m_apptCompleted = addSimple("appointments_completed_total", {}, 48, 0.8, 0.3);
    beginFamily("appointments_cancelled_total", "counter", "Appointments cancelled.");
    m_apptCancelled = addSimple("appointments_cancelled_total", {}, 7, 0.6, 0.3);
    beginFamily("calls_made_total", "counter", "Phone calls made.");
    m_calls = addSimple("calls_made_total", {}, 900, 1.0, 0.25);
    beginFamily("sms_sent_total", "counter", "SMS messages sent.");
    m_sms = addSimple("sms_sent_total", {}, 1500, 1.0, 0.25);
    beginFamily("emails_sent_total", "counter", "Emails sent.");
    m_emails = addSimple("emails_sent_total", {}, 1100, 0.9, 0.25);
    beginFamily("agent_conversations_total", "counter", "AI agent conversations, by outcome.");
    const std::pair<const char *, double> outcomes[] = {
        {"success", 700}, {"escalated", 110}, {"failed", 25}};
    for (const auto &[outcome, perDay] : outcomes)
        m_conversations.push_back(addSimple("agent_conversations_total",
                                            {label("outcome", QString::fromLatin1(outcome))},
                                            perDay, 1.0, 0.25));
    beginFamily("revenue_usd_total", "counter", "Revenue in US dollars, by plan.");
    const std::pair<const char *, double> plans[] = {
        {"starter", 600}, {"pro", 2200}, {"enterprise", 3500}};
    for (const auto &[plan, perDay] : plans)
        m_revenue.push_back(addSimple("revenue_usd_total",
                                      {label("plan", QString::fromLatin1(plan))}, perDay, 0.8, 0.35,
                                      0.01));
    m_signupChannel = addChannel(25 / Day, 1.0, 0.3);
    beginFamily("registered_users", "gauge", "Registered users.");
    addSeries("registered_users", {}, -1, 0, RegisteredUsers);
    beginFamily("active_users", "gauge", "Users active now.");
    addSeries("active_users", {}, -1, 0, ActiveUsers);
    beginFamily("customer_satisfaction_score", "gauge", "Customer satisfaction, 0 to 5.");
    addSeries("customer_satisfaction_score", {}, -1, 0, Satisfaction);
}

void ServiceModel::buildSystem()
{
    beginFamily("system_cpu_usage_ratio", "gauge", "CPU usage, 0 to 1.");
    addSeries("system_cpu_usage_ratio", {}, -1, 0, CpuUsage);
    beginFamily("system_memory_usage_ratio", "gauge", "Memory usage, 0 to 1.");
    addSeries("system_memory_usage_ratio", {}, -1, 0, MemoryUsage);
    beginFamily("system_disk_usage_ratio", "gauge", "Disk usage, 0 to 1, by mount point.");
    addSeries("system_disk_usage_ratio", {label("mount", QStringLiteral("/"))}, -1, 0, DiskRoot);
    addSeries("system_disk_usage_ratio", {label("mount", QStringLiteral("/data"))}, -1, 0,
              DiskData);
    beginFamily("redis_memory_used_bytes", "gauge", "Memory used by Redis.");
    addSeries("redis_memory_used_bytes", {}, -1, 0, RedisMemory);
    beginFamily("db_connections_active", "gauge", "Open database connections in use.");
    addSeries("db_connections_active", {}, -1, 0, DbConnections);
    beginFamily("log_messages_total", "counter", "Log messages written, by level.");
    const std::tuple<const char *, double, double> levels[] = {
        {"error", 0.03, 1.0}, {"warn", 0.25, 1.0}, {"info", 30.0, 1.0}, {"debug", 0.5, 0.5}};
    for (const auto &[level, perSecond, gain] : levels)
        m_logs.push_back(addSimple("log_messages_total",
                                   {label("level", QString::fromLatin1(level))}, perSecond * Day,
                                   gain, 0.2));
    beginFamily("build_info", "gauge", "The deployed build; always 1.");
    const quint64 commit = SimNoise::hash({m_seed, SimNoise::tag("commit")});
    addSeries("build_info",
              {label("version", QStringLiteral("1.0.0")),
               label("environment", QStringLiteral("production")),
               label("commit", QString::number(commit, 16).rightJustified(16, u'0').left(7))},
              -1, 0, BuildInfo);
}

void ServiceModel::buildSecurity()
{
    beginFamily("auth_login_attempts_total", "counter", "Login attempts, by result.");
    m_loginSuccess = addSimple("auth_login_attempts_total",
                               {label("result", QStringLiteral("success"))}, 0.8 * Day, 1.0, 0.15);
    m_loginFailure = addSimple("auth_login_attempts_total",
                               {label("result", QStringLiteral("failure"))}, 0.005 * Day, 1.0, 0.3);
    beginFamily("auth_account_lockouts_total", "counter", "Accounts locked after failed logins.");
    m_lockouts = addSimple("auth_account_lockouts_total", {}, 4, 0.8, 0.3);
    beginFamily("auth_password_changes_total", "counter", "Password changes.");
    m_passwordChanges = addSimple("auth_password_changes_total", {}, 30, 1.0, 0.3);
    beginFamily("auth_tokens_total", "counter", "Access tokens, by operation.");
    m_tokensIssued = addSimple("auth_tokens_total", {label("op", QStringLiteral("issued"))},
                               0.85 * Day, 1.0, 0.15);
    m_tokensRevoked = addSimple("auth_tokens_total", {label("op", QStringLiteral("revoked"))},
                                0.12 * Day, 1.0, 0.2);
    beginFamily("authz_denied_total", "counter", "Requests denied by authorization, by reason.");
    m_deniedPermission = addSimple("authz_denied_total",
                                   {label("reason", QStringLiteral("permission"))}, 50, 1.0, 0.3);
    // Escalation attempts do not happen in normal operation: any one is an alert.
    m_deniedEscalation = addSimple(
        "authz_denied_total", {label("reason", QStringLiteral("escalation_attempt"))}, 0, 1.0, 0);
    m_deniedUnauthenticated = addSimple(
        "authz_denied_total", {label("reason", QStringLiteral("unauthenticated"))}, 300, 1.0, 0.3);
    beginFamily("data_exports_total", "counter", "Data exports.");
    m_dataExports = addSimple("data_exports_total", {}, 12, 1.0, 0.3);
}

// ---------------------------------------------------------------------------------------------
// Rates under faults

void ServiceModel::setHistogram(std::vector<RateForm> &out, const HistogramSeries &h,
                                const std::vector<Component> &components,
                                const QList<ObservationEffect> &effects) const
{
    const int n = int(h.buckets.size());
    std::vector<RateForm> buckets(static_cast<size_t>(n));
    RateForm sum;
    for (const Component &c : components) {
        const std::vector<double> transfer = c.shape->transfer(effects);
        const std::vector<double> means = c.shape->meanAfter(effects);
        for (int to = 0; to < n; ++to) {
            for (int from = 0; from < n; ++from)
                buckets[size_t(to)].add(c.sources[size_t(from)], transfer[size_t(to * n + from)]);
        }
        for (int from = 0; from < n; ++from)
            sum.add(c.sources[size_t(from)], means[size_t(from)]);
    }
    for (int to = 0; to < n; ++to) {
        buckets[size_t(to)].compact();
        out[size_t(h.buckets[size_t(to)])] = std::move(buckets[size_t(to)]);
    }
    sum.compact();
    out[size_t(h.sum)] = std::move(sum);
}

std::vector<ServiceModel::Component> ServiceModel::single(const HistogramShape &shape,
                                                          std::vector<RateForm> sources)
{
    Component c;
    c.shape = &shape;
    c.sources = std::move(sources);
    return {c};
}

std::vector<RateForm> ServiceModel::rates(const FaultSet &f) const
{
    std::vector<RateForm> out(m_series.size());
    const double traffic = f.traffic.value_or(1.0);
    const double errorRate = f.errorRate.value_or(0.0);
    const double failedPerSecond = f.failedLogins.value_or(0.0) / 60;
    const double deprecatedPerSecond = f.deprecatedCalls.value_or(0.0) / 60;
    const bool dbDown = f.database == State::Down;
    const bool dbSlow = f.database == State::Slow;
    const bool redisDown = f.redis == State::Down;
    const bool redisSlow = f.redis == State::Slow;
    const auto api = [&f](int i) { return f.externalApis[size_t(i)]; };

    const QList<ObservationEffect> dbEffect =
        dbSlow ? ObservationEffect::spread({0.3, 0.5, 0.7, 0.9}) : QList<ObservationEffect>{};
    const QList<ObservationEffect> redisEffect =
        redisSlow ? ObservationEffect::spread({0.15, 0.25, 0.35, 0.45})
                  : QList<ObservationEffect>{};

    // HTTP routes: latency, statuses, and what the endpoint-level series need from them.
    std::vector<RateForm> routeTotal(m_routes.size());
    std::vector<double> routeDiverted(m_routes.size(), 0.0);
    std::vector<double> routeTimeouts(m_routes.size(), 0.0);
    for (size_t ri = 0; ri < m_routes.size(); ++ri) {
        const Route &r = m_routes[ri];
        const double m = r.health ? 1.0 : traffic;
        const double extra = r.legacy ? deprecatedPerSecond : 0.0;
        const std::vector<Component> sources = latencySources(r.latencyShape, m, extra);
        RateForm total;
        for (const Component &c : sources) {
            for (const RateForm &f : c.sources)
                total.add(f);
        }
        total.compact();

        QList<ObservationEffect> effects;
        if (!r.health) {
            if (f.latency.value_or(0) > 0)
                effects = ObservationEffect::shift(*f.latency);
            effects = ObservationEffect::combine(effects, redisEffect);
            for (const auto &[a, share] : r.apis) {
                if (api(a) == State::Slow)
                    effects = ObservationEffect::combine(
                        effects, ObservationEffect::mix(
                                     share, ObservationEffect::spread({1.5, 2.5, 3.5}), {}));
            }
        }
        if (r.dbBacked)
            effects = ObservationEffect::combine(effects, dbEffect);
        setHistogram(out, r.latency, sources, effects);
        const HistogramShape &shape = r.latencyShape.overall;
        routeTimeouts[ri] = std::max(0.0, shape.shareAbove(HttpTimeoutSeconds, effects) -
                                              shape.shareAbove(HttpTimeoutSeconds, {}));

        if (r.health) {
            out[size_t(r.statusSeries[0])] = total;
        } else {
            RateForm s500;
            s500.addChannel(r.err500, m);
            s500.perSecond = extra * r.share500;
            RateForm s503;
            s503.addChannel(r.err503, m);
            s503.perSecond = extra * r.share503;
            RateForm s4xx;
            s4xx.add(total, r.share4xx);
            RateForm s2xx;
            s2xx.add(total, 1 - r.share4xx);
            s2xx.add(s500, -1);
            s2xx.add(s503, -1);
            std::array<RateForm *, 4> forms = {&s2xx, &s4xx, &s500, &s503};
            // Failures take a share of all requests, whatever they would have answered.
            double kept = 1;
            const auto divert = [&](double share, RateForm &target) {
                for (RateForm *form : forms)
                    form->scale(1 - share);
                target.add(total, share);
                kept *= 1 - share;
            };
            if (dbDown && r.dbBacked)
                divert(0.85, s503);
            for (const auto &[a, share] : r.apis) {
                if (api(a) == State::Down)
                    divert(share, s503);
            }
            if (redisDown)
                divert(0.2, s500);
            if (errorRate > 0)
                divert(errorRate, s500);
            routeDiverted[ri] = 1 - kept;
            for (size_t k = 0; k < forms.size(); ++k) {
                forms[k]->compact();
                out[size_t(r.statusSeries[k])] = *forms[k];
            }
        }
        routeTotal[ri] = std::move(total);
    }

    RateForm allRequests, dbRequests, divertedRequests;
    for (size_t ri = 0; ri < m_routes.size(); ++ri) {
        if (m_routes[ri].health)
            continue;
        allRequests.add(routeTotal[ri]);
        if (m_routes[ri].dbBacked)
            dbRequests.add(routeTotal[ri]);
        divertedRequests.add(routeTotal[ri], routeDiverted[ri]);
    }

    for (const Endpoint &e : m_endpoints) {
        const double m = e.path == u"/api/health" ? 1.0 : traffic;
        RateForm total, timeouts, retries;
        timeouts.addChannel(e.timeoutChannel, m);
        retries.addChannel(e.retryChannel, m);
        for (int ri : e.routes) {
            total.add(routeTotal[size_t(ri)]);
            timeouts.add(routeTotal[size_t(ri)], routeTimeouts[size_t(ri)]);
            // Clients retry half of the failures and every timeout.
            retries.add(routeTotal[size_t(ri)],
                        0.5 * routeDiverted[size_t(ri)] + routeTimeouts[size_t(ri)]);
        }
        total.compact();
        timeouts.compact();
        retries.compact();
        std::vector<RateForm> sizeSources(static_cast<size_t>(e.size.intervalCount()));
        for (int i = 0; i < e.size.intervalCount(); ++i)
            sizeSources[size_t(i)].add(total, e.size.probability(i));
        setHistogram(out, e.sizeSeries, single(e.size, std::move(sizeSources)), {});
        out[size_t(e.timeoutSeries)] = timeouts;
        out[size_t(e.retrySeries)] = retries;
        if (e.deprecatedSeries >= 0)
            out[size_t(e.deprecatedSeries)] = total;
    }

    // Caches: a forced miss ratio replaces the natural one.
    std::optional<double> forcedMiss = f.cacheMiss;
    if (redisDown)
        forcedMiss = 1.0;
    double leadsMissIncrease = 0;
    for (const Cache &c : m_caches) {
        RateForm hit, miss;
        if (forcedMiss) {
            RateForm lookups;
            lookups.addChannel(c.hitChannel, traffic);
            lookups.addChannel(c.missChannel, traffic);
            hit.add(lookups, 1 - *forcedMiss);
            miss.add(lookups, *forcedMiss);
        } else {
            hit.addChannel(c.hitChannel, traffic);
            miss.addChannel(c.missChannel, traffic);
        }
        hit.compact();
        miss.compact();
        out[size_t(c.hitSeries)] = hit;
        out[size_t(c.missSeries)] = miss;
        const double missFactor = forcedMiss ? *forcedMiss / c.missShare : 1.0;
        if (c.name == u"leads" && forcedMiss)
            leadsMissIncrease = std::max(0.0, *forcedMiss - c.missShare);
        QList<ObservationEffect> effects = redisEffect;
        if (redisDown)
            effects = ObservationEffect::replaceBy(0.5);
        for (const CacheOp &op : c.ops) {
            const double m = traffic * (op.onMiss ? missFactor : 1.0);
            std::vector<RateForm> sources(static_cast<size_t>(op.shape.intervalCount()));
            for (int i = 0; i < op.shape.intervalCount(); ++i)
                sources[size_t(i)].addChannel(op.intervals[size_t(i)], m);
            setHistogram(out, op.latency, single(op.shape, std::move(sources)), effects);
        }
    }

    // Database: a slow database answers late, a down one times out after 5 s on the
    // connections the pool still tries, and changes no rows.
    for (const DbQuery &q : m_queries) {
        double m = traffic * (q.readsLeads ? 1 + 3 * leadsMissIncrease : 1.0);
        QList<ObservationEffect> effects = dbEffect;
        if (dbDown) {
            m *= 0.3;
            effects = ObservationEffect::replaceBy(5.0);
        }
        const std::vector<Component> sources = latencySources(q.latencyShape, m);
        RateForm total;
        for (const Component &c : sources) {
            for (const RateForm &f : c.sources)
                total.add(f);
        }
        setHistogram(out, q.latency, sources, effects);
        if (!dbDown) {
            total.scale(q.rowsPerQuery);
            total.compact();
            out[size_t(q.rowsSeries)] = total;
        }
    }

    // External APIs.
    RateForm apiFailures;
    for (int ai = 0; ai < int(m_apis.size()); ++ai) {
        const Api &a = m_apis[size_t(ai)];
        std::vector<RateForm> sources(static_cast<size_t>(a.shape.intervalCount()));
        RateForm total;
        for (int i = 0; i < a.shape.intervalCount(); ++i) {
            sources[size_t(i)].addChannel(a.intervals[size_t(i)], traffic);
            total.add(sources[size_t(i)]);
        }
        total.compact();
        RateForm ok, error, timeout;
        QList<ObservationEffect> effects;
        switch (api(ai)) {
        case State::Down:
            // Most calls are refused at once, the rest hang until the 10-second timeout.
            effects = ObservationEffect::mix(0.7, ObservationEffect::replaceBy(0.03),
                                             ObservationEffect::replaceBy(10));
            error.add(total, 0.7);
            timeout.add(total, 0.3);
            apiFailures.add(total);
            break;
        case State::Slow:
            effects = ObservationEffect::mix(0.85, ObservationEffect::spread({1.5, 2.5, 3.5}),
                                             ObservationEffect::replaceBy(10));
            error.addChannel(a.errorChannel, traffic * 0.85);
            timeout.addChannel(a.timeoutChannel, traffic * 0.85);
            timeout.add(total, 0.15);
            ok.add(total, 0.85);
            ok.addChannel(a.errorChannel, -traffic * 0.85);
            ok.addChannel(a.timeoutChannel, -traffic * 0.85);
            apiFailures.add(total, 0.15);
            break;
        case State::Ok:
            error.addChannel(a.errorChannel, traffic);
            timeout.addChannel(a.timeoutChannel, traffic);
            ok.add(total);
            ok.addChannel(a.errorChannel, -traffic);
            ok.addChannel(a.timeoutChannel, -traffic);
            break;
        }
        ok.compact();
        error.compact();
        timeout.compact();
        out[size_t(a.okSeries)] = ok;
        out[size_t(a.errorSeries)] = error;
        out[size_t(a.timeoutSeries)] = timeout;
        setHistogram(out, a.latency, single(a.shape, std::move(sources)), effects);
    }

    const auto simple = [&out](const Simple &s, double factor, double perSecond = 0) {
        RateForm form;
        form.addChannel(s.channel, factor);
        form.perSecond = perSecond;
        out[size_t(s.series)] = form;
    };
    const bool telnyxDown = api(FaultSet::Telnyx) == State::Down;
    const bool retellDown = api(FaultSet::Retell) == State::Down;
    const bool retellSlow = api(FaultSet::Retell) == State::Slow;

    // Business: failed requests lose leads; a dead phone provider stops calls and texts.
    const double business = traffic * (1 - errorRate) * (dbDown ? 0.2 : 1.0);
    const double sourceFactor[] = {api(FaultSet::Supabase) == State::Down ? 0.5 : 1.0,
                                   telnyxDown ? 0.1 : 1.0, telnyxDown ? 0.1 : 1.0, 1.0};
    for (size_t i = 0; i < m_leadsBySource.size(); ++i)
        simple(m_leadsBySource[i], business * sourceFactor[i]);
    simple(m_leadsQualified, business * (retellDown ? 0.6 : 1.0));
    simple(m_leadsConverted, business);
    simple(m_apptScheduled, business * (api(FaultSet::GoogleCalendar) == State::Down ? 0.1 : 1.0));
    simple(m_apptCompleted, dbDown ? 0.5 : 1.0);
    simple(m_apptCancelled, api(FaultSet::GoogleCalendar) == State::Down ? 2.0 : 1.0);
    simple(m_calls, traffic * (telnyxDown ? 0.05 : 1.0) * (retellDown ? 0.3 : 1.0));
    simple(m_sms, traffic * (telnyxDown ? 0.05 : 1.0));
    simple(m_emails, traffic);
    {
        const double m = traffic * (telnyxDown ? 0.3 : 1.0);
        RateForm success, escalated, failed;
        success.addChannel(m_conversations[0].channel, m);
        escalated.addChannel(m_conversations[1].channel, m);
        failed.addChannel(m_conversations[2].channel, m);
        // Without the AI provider, conversations escalate to people or fail.
        const double lost = retellDown ? 0.95 : retellSlow ? 0.15 : 0.0;
        const double toEscalated = retellDown ? 0.25 : retellSlow ? 0.1 : 0.0;
        escalated.addChannel(m_conversations[0].channel, m * toEscalated);
        failed.addChannel(m_conversations[0].channel, m * (lost - toEscalated));
        success.scale(1 - lost);
        if (telnyxDown)
            failed.addChannel(m_conversations[0].channel, traffic * 0.2);
        success.compact();
        escalated.compact();
        failed.compact();
        out[size_t(m_conversations[0].series)] = success;
        out[size_t(m_conversations[1].series)] = escalated;
        out[size_t(m_conversations[2].series)] = failed;
    }
    for (const Simple &s : m_revenue)
        simple(s, (1 - errorRate) * (dbDown ? 0.3 : 1.0));

    // Logs follow the traffic and every failure leaves an error line.
    {
        RateForm error, warn;
        error.addChannel(m_logs[0].channel, traffic);
        error.add(divertedRequests);
        error.add(apiFailures);
        error.perSecond += failedPerSecond + (dbDown ? 2.0 : 0.0) + (redisDown ? 1.0 : 0.0);
        warn.addChannel(m_logs[1].channel, traffic);
        warn.perSecond += deprecatedPerSecond + 0.5 * failedPerSecond;
        if (dbSlow)
            warn.add(dbRequests, 0.1);
        if (redisSlow)
            warn.add(allRequests, 0.05);
        for (const std::optional<double> &usage : {f.memory, f.disk, f.cpu}) {
            if (usage.value_or(0) >= 0.8)
                warn.perSecond += 0.05;
        }
        error.compact();
        warn.compact();
        out[size_t(m_logs[0].series)] = error;
        out[size_t(m_logs[1].series)] = warn;
        simple(m_logs[2], traffic);
        simple(m_logs[3], 1.0);
    }

    // Security: a failed-login burst also locks accounts and trips the authorization checks.
    const double loginFactor = traffic * (dbDown ? 0.1 : 1.0) * (redisDown ? 0.5 : 1.0);
    simple(m_loginSuccess, loginFactor);
    {
        RateForm failure;
        failure.addChannel(m_loginFailure.channel, traffic);
        if (dbDown)
            failure.addChannel(m_loginSuccess.channel, traffic * 0.9);
        failure.perSecond = failedPerSecond;
        out[size_t(m_loginFailure.series)] = failure;
    }
    simple(m_lockouts, 1.0, failedPerSecond * 0.08);
    simple(m_passwordChanges, traffic);
    simple(m_tokensIssued, loginFactor);
    simple(m_tokensRevoked, traffic);
    simple(m_deniedPermission, traffic);
    simple(m_deniedEscalation, 1.0, failedPerSecond * 0.01);
    simple(m_deniedUnauthenticated, traffic, failedPerSecond * 0.3);
    simple(m_dataExports, 1.0);
    return out;
}

// ---------------------------------------------------------------------------------------------
// Gauges

double ServiceModel::wave(quint64 key, double x) const
{
    static constexpr double MinPeriod[3] = {300, 2400, 14400};
    static constexpr double MaxPeriod[3] = {900, 7200, 36000};
    static constexpr double Weight[3] = {0.4, 0.35, 0.25};
    double v = 0;
    for (int j = 0; j < 3; ++j) {
        using namespace SimNoise;
        const double period =
            uniformIn(MinPeriod[j], MaxPeriod[j], {m_seed, tag("wave-period"), key, quint64(j)});
        const double phase =
            uniformIn(0, 2 * std::numbers::pi, {m_seed, tag("wave-phase"), key, quint64(j)});
        v += Weight[j] * std::sin(2 * std::numbers::pi * x / period + phase);
    }
    return v;
}

double ServiceModel::jitter(quint64 key, qint64 tMs) const
{
    const qint64 step = tMs >= 0 ? tMs / 5000 : (tMs - 4999) / 5000;
    return SimNoise::uniform({m_seed, SimNoise::tag("jitter"), key, quint64(step)}) - 0.5;
}

double ServiceModel::cpuRatio(qint64 tMs, const FaultSet &f) const
{
    using SimNoise::tag;
    if (f.cpu)
        return std::clamp(*f.cpu + 0.01 * jitter(tag("cpu"), tMs), 0.0, 1.0);
    const double x = LoadCurve::secondsSinceOrigin(tMs);
    const double load = 1 + LoadCurve::deviation(x);
    const double v = 0.16 + 0.22 * load * std::pow(f.traffic.value_or(1.0), 0.85) +
                     0.025 * wave(tag("cpu"), x) + 0.015 * jitter(tag("cpu"), tMs);
    return std::clamp(v, 0.02, 0.99);
}

double ServiceModel::memoryRatio(qint64 tMs, const FaultSet &f) const
{
    using SimNoise::tag;
    if (f.memory)
        return std::clamp(*f.memory + 0.004 * jitter(tag("memory"), tMs), 0.0, 1.0);
    const double x = LoadCurve::secondsSinceOrigin(tMs);
    // Heap grows for 90 minutes between collections.
    const double gc = x / 5400 + SimNoise::uniform({m_seed, tag("gc-phase")});
    const double v = 0.52 + 0.06 * (1 + LoadCurve::deviation(x)) / 1.67 +
                     0.03 * (gc - std::floor(gc)) + 0.01 * wave(tag("memory"), x) +
                     0.004 * jitter(tag("memory"), tMs);
    return std::clamp(v, 0.0, 1.0);
}

double ServiceModel::diskRatio(Mount mount, qint64 tMs, const FaultSet &f) const
{
    using SimNoise::tag;
    const double x = LoadCurve::secondsSinceOrigin(tMs);
    if (mount == Mount::Root)
        return 0.45 + 0.004 * std::sin(2 * std::numbers::pi * x / (7 * Day)) +
               0.001 * jitter(tag("disk-root"), tMs);
    if (f.disk)
        return std::clamp(*f.disk + 0.001 * jitter(tag("disk-data"), tMs), 0.0, 1.0);
    // Logs and uploads fill /data over the week; a cleanup runs on Sunday at 03:00 UTC.
    const double week = (x - (4 * Day + 3 * 3600)) / (7 * Day);
    return 0.57 + 0.05 * (week - std::floor(week)) + 0.001 * jitter(tag("disk-data"), tMs);
}

int ServiceModel::dbConnections(qint64 tMs, const FaultSet &f) const
{
    using SimNoise::tag;
    if (f.database == State::Down)
        return 0;
    const double x = LoadCurve::secondsSinceOrigin(tMs);
    double v = (6 + 22 * (1 + LoadCurve::deviation(x))) * f.traffic.value_or(1.0);
    if (f.database == State::Slow)
        v *= 2.5; // slow queries hold their connections longer
    v += 2 * wave(tag("db-connections"), x) + 2 * jitter(tag("db-connections"), tMs);
    return int(std::lround(std::clamp(v, 1.0, double(MaxDbConnections))));
}

double ServiceModel::redisMemoryBytes(qint64 tMs) const
{
    using SimNoise::tag;
    const double x = LoadCurve::secondsSinceOrigin(tMs);
    const double mib = 1024.0 * 1024.0;
    const double hour = x / 3600 + SimNoise::uniform({m_seed, tag("redis-phase")});
    return std::round(180 * mib * (1 + 0.12 * LoadCurve::deviation(x)) +
                      8 * mib * (hour - std::floor(hour)) + mib * wave(tag("redis"), x));
}

double ServiceModel::gauge(int index, qint64 tMs, const FaultSet &f) const
{
    using SimNoise::tag;
    const double x = LoadCurve::secondsSinceOrigin(tMs);
    switch (GaugeId(index)) {
    case RegisteredUsers: {
        const RateChannel &c = m_channels[size_t(m_signupChannel)];
        const double xs = std::max(0.0, x);
        return std::floor(3800 + c.integral(xs, LoadCurve::integral(xs)) - c.integral(0, 0));
    }
    case ActiveUsers: {
        double v = 140 * (1 + LoadCurve::deviation(x)) * f.traffic.value_or(1.0);
        if (f.database == State::Down)
            v *= 0.6;
        v *= 1 + 0.06 * wave(tag("active-users"), x) + 0.03 * jitter(tag("active-users"), tMs);
        return std::round(std::max(0.0, v));
    }
    case Satisfaction: {
        double v = 4.4 + 0.12 * std::sin(2 * std::numbers::pi * x / (9 * Day)) +
                   0.05 * wave(tag("satisfaction"), x) + 0.02 * jitter(tag("satisfaction"), tMs);
        v -= std::min(1.5, 3 * f.errorRate.value_or(0.0));
        if (f.database == State::Down)
            v -= 0.3;
        return std::round(std::clamp(v, 0.0, 5.0) * 100) / 100;
    }
    // Ratios to four decimals; further digits would only be noise.
    case CpuUsage:
        return std::round(cpuRatio(tMs, f) * 1e4) / 1e4;
    case MemoryUsage:
        return std::round(memoryRatio(tMs, f) * 1e4) / 1e4;
    case DiskRoot:
        return std::round(diskRatio(Mount::Root, tMs, f) * 1e4) / 1e4;
    case DiskData:
        return std::round(diskRatio(Mount::Data, tMs, f) * 1e4) / 1e4;
    case RedisMemory:
        return redisMemoryBytes(tMs);
    case DbConnections:
        return dbConnections(tMs, f);
    case BuildInfo:
        return 1;
    }
    return 0;
}

} // namespace Wk
