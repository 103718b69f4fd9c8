#include "prometheusengine.h"

#include "models/config/tls.h"
#include "models/core/logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>

namespace Wk {

namespace {

// Tr::tr() for this file's free functions and helper classes, in a form lupdate reads with
// the same context as the program uses.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Wk::PrometheusEngine)
};

QString describeNetworkError(QNetworkReply::NetworkError e, const QString &qtText)
{
    switch (e) {
    case QNetworkReply::ConnectionRefusedError:
        return Tr::tr("unreachable: connection refused");
    case QNetworkReply::HostNotFoundError:
        return Tr::tr("unreachable: host not found");
    case QNetworkReply::RemoteHostClosedError:
        return Tr::tr("unreachable: the server closed the connection");
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::UnknownNetworkError:
        return Tr::tr("unreachable: %1").arg(qtText);
    case QNetworkReply::TooManyRedirectsError:
        return Tr::tr("too many redirects");
    case QNetworkReply::InsecureRedirectError:
        return Tr::tr("refused an insecure redirect (https to http)");
    case QNetworkReply::SslHandshakeFailedError:
        return Tr::tr("TLS handshake failed: %1").arg(qtText);
    default:
        return qtText;
    }
}

// 1-based line and column of a byte offset, for "the answer is not JSON" messages.
TextPosition positionOf(const QByteArray &text, qsizetype offset)
{
    TextPosition pos{1, 1};
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    for (qsizetype i = 0; i < offset; ++i) {
        if (text.at(i) == '\n') {
            ++pos.line;
            pos.column = 1;
        } else {
            ++pos.column;
        }
    }
    return pos;
}

// The start of a non-JSON error body (a proxy's HTML page, a plain-text error), on one line.
QString snippet(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(400)).simplified();
    if (text.size() > 160)
        text = text.left(157) + QStringLiteral("...");
    return text;
}

struct Decoder
{
    QString problem; // set at the first error: where and what

    bool fail(const QString &where, const QString &what)
    {
        if (problem.isEmpty())
            problem = where.isEmpty() ? what : where + QStringLiteral(": ") + what;
        return false;
    }

    bool time(const QJsonValue &v, const QString &where, qint64 *ms)
    {
        if (!v.isDouble())
            return fail(where, Tr::tr("expected a time in seconds"));
        const double seconds = v.toDouble();
        if (!std::isfinite(seconds) || std::abs(seconds) > 9.2e15)
            return fail(where, Tr::tr("time out of range"));
        *ms = std::llround(seconds * 1000.0);
        return true;
    }

    // [time, "value"]
    bool sample(const QJsonValue &v, const QString &where, Sample *out)
    {
        const QJsonArray pair = v.toArray();
        if (!v.isArray() || pair.size() != 2)
            return fail(where, Tr::tr("expected [time, \"value\"]"));
        if (!time(pair.at(0), where, &out->t))
            return false;
        if (!pair.at(1).isString())
            return fail(where, Tr::tr("expected the value as a string"));
        const std::optional<double> value = PrometheusEngine::parseValue(pair.at(1).toString());
        if (!value)
            return fail(where, Tr::tr("not a number: \"%1\"").arg(pair.at(1).toString()));
        out->v = *value;
        return true;
    }

    bool labels(const QJsonValue &v, const QString &where, Labels *out)
    {
        if (!v.isObject() && !v.isUndefined())
            return fail(where, Tr::tr("expected \"metric\" to be an object"));
        const QJsonObject metric = v.toObject();
        QList<Label> list;
        list.reserve(metric.size());
        for (auto it = metric.begin(); it != metric.end(); ++it) {
            if (!it.value().isString())
                return fail(where, Tr::tr("label %1 is not a string").arg(it.key()));
            list.append({it.key(), it.value().toString()});
        }
        *out = Labels::fromList(std::move(list));
        return true;
    }

    // The points of one matrix series; native histogram points are counted, not decoded.
    bool series(const QJsonValue &v, const QString &where, bool matrix, QuerySeries *out,
                int *histograms)
    {
        if (!v.isObject())
            return fail(where, Tr::tr("expected a series object"));
        const QJsonObject o = v.toObject();
        if (!labels(o.value(QLatin1String("metric")), where, &out->labels))
            return false;
        if (matrix) {
            const QJsonValue values = o.value(QLatin1String("values"));
            if (!values.isArray() && !values.isUndefined())
                return fail(where, Tr::tr("expected \"values\" to be an array"));
            const QJsonArray points = values.toArray();
            out->samples.reserve(size_t(points.size()));
            for (qsizetype i = 0; i < points.size(); ++i) {
                Sample s;
                if (!sample(points.at(i), where + QStringLiteral(".values[%1]").arg(i), &s))
                    return false;
                out->samples.push_back(s);
            }
            *histograms += int(o.value(QLatin1String("histograms")).toArray().size());
            if (values.isUndefined() && !o.contains(QLatin1String("histograms")))
                return fail(where, Tr::tr("a matrix series without \"values\""));
        } else if (o.contains(QLatin1String("value"))) {
            Sample s;
            if (!sample(o.value(QLatin1String("value")), where + QStringLiteral(".value"), &s))
                return false;
            out->samples.push_back(s);
        } else if (o.contains(QLatin1String("histogram"))) {
            ++*histograms;
        } else {
            return fail(where, Tr::tr("a vector series without \"value\""));
        }
        return true;
    }
};

} // namespace

PrometheusEngine::PrometheusEngine(const QUrl &server, QObject *parent)
    : PrometheusEngine(server, Options{}, parent)
{}

PrometheusEngine::PrometheusEngine(const QUrl &server, const Options &options, QObject *parent)
    : QueryEngine(parent)
    , m_server(server)
    , m_name(server.toDisplayString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash))
    , m_options(options)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setAutoDeleteReplies(false);
}

PrometheusEngine::~PrometheusEngine()
{
    // Drop the answers still in flight: their callbacks may point at things going away too.
    const auto replies = m_network->findChildren<QNetworkReply *>();
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
    }
}

QString PrometheusEngine::name() const
{
    return m_name;
}

void PrometheusEngine::instantQuery(const QString &expr, qint64 timeMs, Callback done)
{
    send(QStringLiteral("/api/v1/query"),
         {{QStringLiteral("query"), expr},
          {QStringLiteral("time"), formatSeconds(timeMs)},
          {QStringLiteral("timeout"), formatSeconds(m_options.timeoutMs)}},
         false, std::move(done));
}

void PrometheusEngine::rangeQuery(const QString &expr, qint64 startMs, qint64 endMs, qint64 stepMs,
                                  Callback done)
{
    send(QStringLiteral("/api/v1/query_range"),
         {{QStringLiteral("query"), expr},
          {QStringLiteral("start"), formatSeconds(startMs)},
          {QStringLiteral("end"), formatSeconds(endMs)},
          {QStringLiteral("step"), formatSeconds(stepMs)},
          {QStringLiteral("timeout"), formatSeconds(m_options.timeoutMs)}},
         true, std::move(done));
}

void PrometheusEngine::answerLater(QueryResult result, Callback done)
{
    if (!done)
        return;
    QMetaObject::invokeMethod(
        this, [result = std::move(result), done = std::move(done)] { done(result); },
        Qt::QueuedConnection);
}

void PrometheusEngine::send(const QString &apiPath, const Params &params, bool range, Callback done)
{
    const auto failure = [this](const QString &what) {
        return QueryResult::failure(Error(Tr::tr("Prometheus at %1: %2").arg(m_name, what)));
    };
    QByteArray token = m_options.bearerToken;
    if (!m_options.credentialsFile.isEmpty()) {
        QFile f(m_options.credentialsFile);
        if (!f.open(QIODevice::ReadOnly)) {
            answerLater(failure(Tr::tr("cannot read credentials_file %1: %2")
                                    .arg(m_options.credentialsFile, f.errorString())),
                        std::move(done));
            return;
        }
        token = f.readAll().trimmed();
    }

    const Request request = buildRequest(m_server, apiPath, params, m_options.maxGetUrlBytes);
    QNetworkRequest req(request.url);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::NoLessSafeRedirectPolicy);
    req.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("Watchkeeper/" WK_VERSION));
    req.setRawHeader("Accept", "application/json");
    if (!token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + token);
    if (request.url.scheme() == u"https") {
        bool noCertificates = false;
        const QSslConfiguration ssl = sslConfigurationFor(m_options.tls, &noCertificates);
        if (noCertificates) {
            answerLater(failure(Tr::tr("no certificate in ca_file %1").arg(m_options.tls.caFile)),
                        std::move(done));
            return;
        }
        req.setSslConfiguration(ssl);
    }

    QNetworkReply *reply = nullptr;
    if (request.post) {
        req.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArray("application/x-www-form-urlencoded"));
        reply = m_network->post(req, request.body);
    } else {
        reply = m_network->get(req);
    }
    ++m_inFlight;

    struct Outcome
    {
        bool timedOut = false;
        bool tooLarge = false;
    };
    auto outcome = std::make_shared<Outcome>();
    const qint64 timeoutMs = std::clamp<qint64>(m_options.timeoutMs, 1, 24 * 3'600'000);
    const qint64 cap = m_options.maxBodyBytes;
    auto *timer = new QTimer(reply); // owned by the reply
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [reply, outcome] {
        outcome->timedOut = true;
        reply->abort();
    });
    timer->start(int(timeoutMs));
    connect(reply, &QNetworkReply::downloadProgress, reply,
            [reply, cap, outcome](qint64 received, qint64 total) {
                if ((received > cap || total > cap) && !outcome->tooLarge) {
                    outcome->tooLarge = true;
                    reply->abort();
                }
            });

    connect(reply, &QNetworkReply::finished, this,
            [this, reply, outcome, timeoutMs, cap, range, failure, done = std::move(done)] {
                std::unique_ptr<QNetworkReply, void (*)(QNetworkReply *)> owner(
                    reply, [](QNetworkReply *r) { r->deleteLater(); });
                --m_inFlight;
                const int status =
                    reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                const QNetworkReply::NetworkError error = reply->error();
                QueryResult result;
                if (outcome->tooLarge) {
                    result = failure(Tr::tr("answer larger than the %1 MiB limit")
                                         .arg(double(cap) / (1024 * 1024), 0, 'g', 4));
                } else if (outcome->timedOut || error == QNetworkReply::TimeoutError ||
                           error == QNetworkReply::OperationCanceledError) {
                    result = failure(Tr::tr("timeout after %1 s").arg(double(timeoutMs) / 1000.0));
                } else if (status > 0 && (error == QNetworkReply::NoError ||
                                          error >= QNetworkReply::ContentAccessDenied)) {
                    // Prometheus explains 4xx and 5xx answers in the JSON body.
                    result = decodeResponse(reply->readAll(), status, m_name, range);
                } else if (error != QNetworkReply::NoError) {
                    result = failure(describeNetworkError(error, reply->errorString()));
                } else {
                    result = failure(Tr::tr("no HTTP answer"));
                }
                if (!result.ok())
                    qCDebug(lcPromql) << result.error.toString();
                if (done)
                    done(std::move(result));
            });
}

PrometheusEngine::Request PrometheusEngine::buildRequest(const QUrl &server, const QString &apiPath,
                                                         const Params &params, int maxGetUrlBytes)
{
    QUrl base = server;
    QString path = base.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    base.setPath(path + apiPath);
    base.setQuery(QString());
    base.setFragment(QString());

    QByteArray form;
    for (const auto &[key, value] : params) {
        if (!form.isEmpty())
            form += '&';
        form += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    Request r;
    QUrl get = base;
    get.setQuery(QString::fromLatin1(form), QUrl::StrictMode);
    if (get.toEncoded().size() <= maxGetUrlBytes) {
        r.url = get;
    } else {
        r.post = true;
        r.url = base;
        r.body = form;
    }
    return r;
}

QueryResult PrometheusEngine::decodeResponse(const QByteArray &body, int httpStatus,
                                             const QString &serverName, bool range)
{
    const auto failure = [&serverName](const QString &what) {
        return QueryResult::failure(Error(Tr::tr("Prometheus at %1: %2").arg(serverName, what)));
    };
    const bool httpFailed = httpStatus >= 300 || (httpStatus > 0 && httpStatus < 200);

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (httpFailed) {
            const QString text = snippet(body);
            return failure(text.isEmpty() ? Tr::tr("HTTP %1").arg(httpStatus)
                                          : Tr::tr("HTTP %1: %2").arg(httpStatus).arg(text));
        }
        if (body.trimmed().isEmpty())
            return failure(Tr::tr("empty answer"));
        if (parseError.error == QJsonParseError::NoError)
            return failure(Tr::tr("the answer is not a JSON object"));
        const TextPosition pos = positionOf(body, parseError.offset);
        return failure(Tr::tr("the answer is not JSON: line %1, column %2: %3")
                           .arg(pos.line)
                           .arg(pos.column)
                           .arg(parseError.errorString()));
    }

    const QJsonObject root = doc.object();
    QStringList warnings;
    for (const char *key : {"warnings", "infos"}) {
        const QJsonArray list = root.value(QLatin1String(key)).toArray();
        for (const QJsonValue &w : list)
            warnings.append(w.toString());
    }
    const QString status = root.value(QLatin1String("status")).toString();
    if (status == u"error" || (httpFailed && status != u"success")) {
        const QString type = root.value(QLatin1String("errorType")).toString();
        QString what = root.value(QLatin1String("error")).toString();
        if (!type.isEmpty())
            what = what.isEmpty() ? type : type + QStringLiteral(": ") + what;
        if (what.isEmpty())
            what = Tr::tr("failed without saying why");
        // 400 (bad_data) and 422 (execution) are the usual query errors; other statuses say
        // something of their own (503 unavailable or timeout, 500 internal, a proxy's 502).
        if (httpFailed && httpStatus != 400 && httpStatus != 422)
            what = Tr::tr("HTTP %1: %2").arg(httpStatus).arg(what);
        QueryResult r = failure(what);
        r.warnings = warnings;
        return r;
    }
    if (status != u"success")
        return failure(Tr::tr("unexpected answer: status \"%1\"").arg(status));
    if (httpFailed)
        return failure(Tr::tr("HTTP %1 with a successful answer").arg(httpStatus));

    const QJsonObject data = root.value(QLatin1String("data")).toObject();
    const QString resultType = data.value(QLatin1String("resultType")).toString();
    const QJsonValue result = data.value(QLatin1String("result"));
    Decoder decoder;
    const auto malformed = [&] {
        return failure(Tr::tr("unexpected answer: %1").arg(decoder.problem));
    };

    QueryResult r;
    r.warnings = warnings;
    if (range && resultType != u"matrix") {
        decoder.fail(QStringLiteral("data.resultType"),
                     Tr::tr("a range query answered with \"%1\"").arg(resultType));
        return malformed();
    }
    if (resultType == u"matrix" || resultType == u"vector") {
        const bool matrix = resultType == u"matrix";
        if (!result.isArray()) {
            decoder.fail(QStringLiteral("data.result"), Tr::tr("expected an array"));
            return malformed();
        }
        const QJsonArray list = result.toArray();
        r.type = matrix ? QueryResult::Type::Matrix : QueryResult::Type::Vector;
        r.series.reserve(list.size());
        int histograms = 0;
        for (qsizetype i = 0; i < list.size(); ++i) {
            QuerySeries s;
            if (!decoder.series(list.at(i), QStringLiteral("data.result[%1]").arg(i), matrix, &s,
                                &histograms)) {
                return malformed();
            }
            // A series of native histograms only has no float samples to show.
            if (!s.samples.empty())
                r.series.append(std::move(s));
        }
        if (histograms > 0) {
            r.warnings.append(Tr::tr("unsupported: native histograms (%n sample(s) left out)",
                                     nullptr, histograms));
        }
        if (matrix) {
            std::sort(
                r.series.begin(), r.series.end(),
                [](const QuerySeries &a, const QuerySeries &b) { return a.labels < b.labels; });
        }
        return r;
    }
    if (resultType == u"scalar") {
        Sample s;
        if (!decoder.sample(result, QStringLiteral("data.result"), &s))
            return malformed();
        r.type = QueryResult::Type::Scalar;
        r.scalar = s.v;
        r.scalarTime = s.t;
        return r;
    }
    if (resultType == u"string") {
        const QJsonArray pair = result.toArray();
        if (pair.size() != 2 || !pair.at(1).isString()) {
            decoder.fail(QStringLiteral("data.result"), Tr::tr("expected [time, \"string\"]"));
            return malformed();
        }
        r.type = QueryResult::Type::String;
        r.string = pair.at(1).toString();
        return r;
    }
    decoder.fail(QStringLiteral("data.resultType"),
                 resultType.isEmpty() ? Tr::tr("missing")
                                      : Tr::tr("unknown result type \"%1\"").arg(resultType));
    return malformed();
}

QString PrometheusEngine::formatSeconds(qint64 ms)
{
    const bool negative = ms < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(ms) : quint64(ms);
    QString text = QString::number(magnitude / 1000);
    if (const quint64 fraction = magnitude % 1000) {
        QString digits = QStringLiteral("%1").arg(fraction, 3, 10, QLatin1Char('0'));
        while (digits.endsWith(u'0'))
            digits.chop(1);
        text += u'.' + digits;
    }
    return negative ? u'-' + text : text;
}

std::optional<double> PrometheusEngine::parseValue(QStringView text)
{
    if (text == u"NaN")
        return std::numeric_limits<double>::quiet_NaN();
    if (text == u"+Inf" || text == u"Inf")
        return std::numeric_limits<double>::infinity();
    if (text == u"-Inf")
        return -std::numeric_limits<double>::infinity();
    if (text.isEmpty())
        return std::nullopt;
    // Decimal and exponent notation only: reject Qt's own spellings of the special values.
    for (QChar c : text) {
        if (!(c.isDigit() || c == u'.' || c == u'-' || c == u'+' || c == u'e' || c == u'E'))
            return std::nullopt;
    }
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return v;
}

} // namespace Wk
