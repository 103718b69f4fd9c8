#pragma once

#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

namespace Wk {

class Simulator;

// The simulated service on HTTP:
//   GET    /api/health, /api/health/detailed   the guide's health JSON (answers late when the
//                                              database or Redis is slow)
//   GET    /metrics                            Prometheus text format 0.0.4
//   GET    /sim/faults                         the active faults
//   POST   /sim/faults                         merge faults ({"database": "slow", ...})
//   DELETE /sim/faults                         clear all faults
// Everything is answered from the event loop; a delayed answer waits on the simulator's clock,
// never blocks.
class SimulatorServer final : public QObject
{
    Q_OBJECT
public:
    explicit SimulatorServer(Simulator *simulator, QObject *parent = nullptr); // not owned
    ~SimulatorServer() override;

    // Returns the bound port, 0 when listening failed. Port 0 picks a free one.
    quint16 listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const { return m_port; }
    QUrl url() const; // http://address:port, empty before listen()

    // One JSON line per request on stderr, in the guide's log format.
    void setVerbose(bool verbose) { m_verbose = verbose; }

Q_SIGNALS:
    // After a response has been written (status is the HTTP status code).
    void requestServed(const QString &method, const QString &path, int status);

private:
    struct Reply;
    void route();
    Reply accept(const QHttpServerRequest &request, QHttpServerResponder &&responder) const;
    void respond(Reply reply);
    void logRequest(const Reply &reply) const;

    Simulator *m_simulator; // not owned
    std::unique_ptr<QHttpServer> m_server;
    QHostAddress m_address;
    quint16 m_port = 0;
    bool m_verbose = false;
    quint64 m_requests = 0;
};

} // namespace Wk
