#include "simulatorserver.h"

#include "simulator.h"

#include "models/core/clock.h"
#include "models/core/logging.h"

#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>

#include <cstdio>

namespace Wk {

namespace {

using Method = QHttpServerRequest::Method;
using Status = QHttpServerResponder::StatusCode;

QString methodName(Method m)
{
    switch (m) {
    case Method::Get:
        return QStringLiteral("GET");
    case Method::Put:
        return QStringLiteral("PUT");
    case Method::Delete:
        return QStringLiteral("DELETE");
    case Method::Post:
        return QStringLiteral("POST");
    case Method::Head:
        return QStringLiteral("HEAD");
    case Method::Options:
        return QStringLiteral("OPTIONS");
    case Method::Patch:
        return QStringLiteral("PATCH");
    case Method::Connect:
        return QStringLiteral("CONNECT");
    case Method::Trace:
        return QStringLiteral("TRACE");
    default:
        break;
    }
    return QStringLiteral("UNKNOWN");
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

QByteArray errorBody(const QString &message)
{
    return json(
        QJsonObject{{QStringLiteral("success"), false}, {QStringLiteral("error"), message}});
}

const QByteArray JsonType = QByteArrayLiteral("application/json");
const QByteArray TextType = QByteArrayLiteral("text/plain; charset=utf-8");

// The methods each known path answers; anything else there is 405.
const QList<QPair<QString, QString>> KnownPaths = {
    {QStringLiteral("/"), QStringLiteral("GET")},
    {QStringLiteral("/api/health"), QStringLiteral("GET")},
    {QStringLiteral("/api/health/detailed"), QStringLiteral("GET")},
    {QStringLiteral("/metrics"), QStringLiteral("GET")},
    {QStringLiteral("/sim/faults"), QStringLiteral("GET, POST, DELETE")},
};

} // namespace

// A request being answered, possibly later: what the handler read from the request (which
// does not outlive the handler) and where the answer goes.
struct SimulatorServer::Reply
{
    std::shared_ptr<QHttpServerResponder> responder;
    QPointer<QTcpSocket> socket;
    QString method;
    QString path;
    QString remote;
    QString userAgent;
    qint64 requestBytes = 0;
    qint64 receivedMs = 0; // on the simulator's clock

    int status = 200;
    QByteArray contentType = JsonType;
    QByteArray body;
    QByteArray allow; // the Allow header of a 405

    Reply(const QHttpServerRequest &request, QHttpServerResponder &&r)
        : responder(std::make_shared<QHttpServerResponder>(std::move(r)))
        , socket(responder->socket())
        , method(methodName(request.method()))
        , path(request.url().path())
        , remote(request.remoteAddress().toString())
        , userAgent(QString::fromUtf8(request.value("User-Agent")))
        , requestBytes(request.body().size())
    {}
};

SimulatorServer::SimulatorServer(Simulator *simulator, QObject *parent)
    : QObject(parent)
    , m_simulator(simulator)
    , m_server(std::make_unique<QHttpServer>())
{
    route();
}

SimulatorServer::~SimulatorServer() = default;

quint16 SimulatorServer::listen(const QHostAddress &address, quint16 port)
{
    m_port = m_server->listen(address, port);
    m_address = address;
    if (m_port == 0)
        qCWarning(lcSim) << "cannot listen on" << address.toString() << "port" << port;
    return m_port;
}

QUrl SimulatorServer::url() const
{
    if (m_port == 0)
        return {};
    QUrl u;
    u.setScheme(QStringLiteral("http"));
    const QHostAddress host = m_address == QHostAddress::Any || m_address == QHostAddress::AnyIPv4
                                  ? QHostAddress(QHostAddress::LocalHost)
                                  : m_address;
    u.setHost(host.toString());
    u.setPort(m_port);
    return u;
}

SimulatorServer::Reply SimulatorServer::accept(const QHttpServerRequest &request,
                                               QHttpServerResponder &&responder) const
{
    Reply reply(request, std::move(responder));
    reply.receivedMs = m_simulator->clock()->nowMs();
    return reply;
}

void SimulatorServer::route()
{
    const auto health = [this](bool detailed) {
        return
            [this, detailed](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                Reply reply = accept(request, std::move(responder));
                Clock *clock = m_simulator->clock();
                const qint64 now = clock->nowMs();
                reply.body = json(m_simulator->health(now, detailed));
                const int delay = m_simulator->healthDelayMs(now);
                if (delay <= 0) {
                    respond(std::move(reply));
                    return;
                }
                auto pending = std::make_shared<Reply>(std::move(reply));
                clock->callAfter(delay, this, [this, pending] { respond(std::move(*pending)); });
            };
    };
    m_server->route("/api/health", Method::Get, health(false));
    m_server->route("/api/health/detailed", Method::Get, health(true));

    m_server->route("/metrics", Method::Get,
                    [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                        Reply reply = accept(request, std::move(responder));
                        reply.contentType = Simulator::expositionContentType();
                        reply.body = m_simulator->expositionUtf8(m_simulator->clock()->nowMs());
                        respond(std::move(reply));
                    });

    m_server->route("/sim/faults", Method::Get,
                    [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                        Reply reply = accept(request, std::move(responder));
                        reply.body = json(m_simulator->faults());
                        respond(std::move(reply));
                    });
    m_server->route("/sim/faults", Method::Post,
                    [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                        Reply reply = accept(request, std::move(responder));
                        const Result<QJsonObject> active =
                            m_simulator->setFaultsJson(request.body());
                        if (active) {
                            reply.body = json(active.value());
                        } else {
                            reply.status = 400;
                            reply.body = errorBody(active.error().toString());
                        }
                        respond(std::move(reply));
                    });
    m_server->route("/sim/faults", Method::Delete,
                    [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                        Reply reply = accept(request, std::move(responder));
                        m_simulator->clearFaults();
                        reply.body = json(m_simulator->faults());
                        respond(std::move(reply));
                    });

    m_server->route("/", Method::Get,
                    [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                        Reply reply = accept(request, std::move(responder));
                        reply.contentType = TextType;
                        reply.body = QByteArrayLiteral(
                            "watchkeeper-sim: a simulated service for Watchkeeper\n"
                            "GET    /api/health            health checks\n"
                            "GET    /api/health/detailed   health checks with details\n"
                            "GET    /metrics               Prometheus metrics\n"
                            "GET    /sim/faults            active faults\n"
                            "POST   /sim/faults            inject faults, e.g. "
                            "{\"database\":\"slow\",\"error_rate\":0.15}\n"
                            "DELETE /sim/faults            clear faults\n");
                        respond(std::move(reply));
                    });

    m_server->setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            Reply reply = accept(request, std::move(responder));
            for (const auto &[path, methods] : KnownPaths) {
                if (path == reply.path) {
                    reply.status = 405;
                    reply.allow = methods.toLatin1();
                    reply.body = errorBody(
                        tr("%1 %2: method not allowed; use %3").arg(reply.method, path, methods));
                    respond(std::move(reply));
                    return;
                }
            }
            reply.status = 404;
            reply.body = errorBody(tr("%1: not found").arg(reply.path));
            respond(std::move(reply));
        });
}

void SimulatorServer::respond(Reply reply)
{
    if (!reply.socket || !reply.socket->isOpen()) {
        qCDebug(lcSim) << reply.method << reply.path << "client went away before the answer";
        return;
    }
    // write() adds Content-Length itself.
    const auto status = Status(reply.status);
    if (reply.allow.isEmpty())
        reply.responder->write(reply.body, {{"Content-Type", reply.contentType}}, status);
    else
        reply.responder->write(
            reply.body, {{"Content-Type", reply.contentType}, {"Allow", reply.allow}}, status);
    ++m_requests;
    if (m_verbose)
        logRequest(reply);
    Q_EMIT requestServed(reply.method, reply.path, reply.status);
}

void SimulatorServer::logRequest(const Reply &reply) const
{
    const qint64 now = m_simulator->clock()->nowMs();
    const QString level = reply.status >= 500   ? QStringLiteral("ERROR")
                          : reply.status >= 400 ? QStringLiteral("WARN")
                                                : QStringLiteral("INFO");
    const QJsonObject line{
        {QStringLiteral("timestamp"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("level"), level},
        {QStringLiteral("message"),
         QStringLiteral("%1 %2 %3").arg(reply.method, reply.path).arg(reply.status)},
        {QStringLiteral("service"), QStringLiteral("watchkeeper-sim")},
        {QStringLiteral("version"), QStringLiteral("1.0.0")},
        {QStringLiteral("environment"), QStringLiteral("production")},
        {QStringLiteral("request_id"), QStringLiteral("req_%1").arg(m_requests)},
        {QStringLiteral("category"), QStringLiteral("api")},
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("endpoint"), reply.path},
                     {QStringLiteral("method"), reply.method},
                     {QStringLiteral("status_code"), reply.status},
                     {QStringLiteral("duration"), now - reply.receivedMs},
                     {QStringLiteral("request_size"), reply.requestBytes},
                     {QStringLiteral("response_size"), qint64(reply.body.size())},
                     {QStringLiteral("ip_address"), reply.remote},
                     {QStringLiteral("user_agent"), reply.userAgent}}}};
    const QByteArray text = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
    std::fflush(stderr);
}

} // namespace Wk
