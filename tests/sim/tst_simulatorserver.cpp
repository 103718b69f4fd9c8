#include "app/sim/simulator.h"
#include "app/sim/simulatorserver.h"

#include "models/core/clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Wk;

namespace {

constexpr qint64 T0 = 1'705'500'000'000;

struct Answer
{
    int status = 0;
    QByteArray contentType;
    QByteArray body;
    QByteArray allow;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

} // namespace

class TestSimulatorServer : public QObject
{
    Q_OBJECT

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Simulator> m_sim;
    std::unique_ptr<SimulatorServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_net;

    QNetworkRequest request(const QString &path) const
    {
        QNetworkRequest r(m_server->url().resolved(QUrl(path)));
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        return r;
    }

    Answer finish(QNetworkReply *reply)
    {
        std::unique_ptr<QNetworkReply> owner(reply);
        if (!reply->isFinished()) {
            QSignalSpy finished(reply, &QNetworkReply::finished);
            if (!finished.wait(10000))
                return {};
        }
        Answer a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.contentType = reply->rawHeader("Content-Type");
        a.allow = reply->rawHeader("Allow");
        a.body = reply->readAll();
        return a;
    }

    Answer get(const QString &path) { return finish(m_net->get(request(path))); }
    Answer post(const QString &path, const QByteArray &body)
    {
        return finish(m_net->post(request(path), body));
    }

private Q_SLOTS:
    void init()
    {
        m_clock = std::make_unique<ManualClock>(T0);
        m_sim = std::make_unique<Simulator>(42, m_clock.get());
        m_server = std::make_unique<SimulatorServer>(m_sim.get());
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0) > 0);
        QCOMPARE(m_server->url().host(), QStringLiteral("127.0.0.1"));
        m_net = std::make_unique<QNetworkAccessManager>();
        m_net->setProxy(QNetworkProxy::NoProxy);
    }
    void cleanup()
    {
        m_net.reset();
        m_server.reset();
        m_sim.reset();
        m_clock.reset();
    }

    void health_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("detailed");
        QTest::newRow("summary") << "/api/health" << false;
        QTest::newRow("detailed") << "/api/health/detailed" << true;
    }
    void health()
    {
        QFETCH(QString, path);
        QFETCH(bool, detailed);
        m_clock->advance(3'600'000);
        const Answer a = get(path);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.contentType, QByteArray("application/json"));
        const QJsonObject o = a.json();
        QCOMPARE(o.value(u"success"), QJsonValue(true));
        const QJsonObject data = o.value(u"data").toObject();
        QCOMPARE(data.value(u"overall").toString(), QStringLiteral("healthy"));
        QCOMPARE(data.value(u"uptime").toInteger(), 3'600'000);
        const QJsonArray checks = data.value(u"checks").toArray();
        QCOMPARE(checks.size(), 4);
        for (const QJsonValue &c : checks)
            QCOMPARE(c.toObject().contains(u"details"), detailed);
        QCOMPARE(o, m_sim->health(m_clock->nowMs(), detailed));
    }

    void metrics()
    {
        const Answer a = get(QStringLiteral("/metrics"));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.contentType, QByteArray("text/plain; version=0.0.4; charset=utf-8"));
        QVERIFY(a.body.contains("# TYPE http_requests_total counter\n"));
        QVERIFY(a.body.contains("# TYPE http_request_duration_seconds histogram\n"));
        QVERIFY(a.body.endsWith('\n'));
        QCOMPARE(a.body, m_sim->expositionUtf8(m_clock->nowMs()));
    }

    void faultLifecycle()
    {
        Answer a = get(QStringLiteral("/sim/faults"));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json(), QJsonObject());
        a = post(QStringLiteral("/sim/faults"), R"({"database":"down","error_rate":0.15})");
        QCOMPARE(a.status, 200);
        QCOMPARE(a.contentType, QByteArray("application/json"));
        QCOMPARE(a.json(), (QJsonObject{{"database", "down"}, {"error_rate", 0.15}}));
        a = post(QStringLiteral("/sim/faults"), R"({"external_api":{"retell":"down"}})");
        QCOMPARE(a.json().value(u"external_api").toObject(), (QJsonObject{{"retell", "down"}}));
        QCOMPARE(a.json().value(u"database").toString(), QStringLiteral("down"));
        m_clock->advance(1000);
        a = get(QStringLiteral("/api/health"));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json().value(u"data").toObject().value(u"overall").toString(),
                 QStringLiteral("unhealthy"));
        a = finish(m_net->deleteResource(request(QStringLiteral("/sim/faults"))));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json(), QJsonObject());
        QCOMPARE(get(QStringLiteral("/sim/faults")).json(), QJsonObject());
        m_clock->advance(1000);
        QCOMPARE(get(QStringLiteral("/api/health"))
                     .json()
                     .value(u"data")
                     .toObject()
                     .value(u"overall")
                     .toString(),
                 QStringLiteral("healthy"));
    }

    void badFaults_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("broken JSON") << QByteArray("{") << "invalid JSON at offset";
        QTest::newRow("unknown key") << QByteArray(R"({"nope":1})") << "unknown fault \"nope\"";
        QTest::newRow("wrong type")
            << QByteArray(R"({"memory":"full"})") << "\"memory\": expected a number from 0 to 1";
    }
    void badFaults()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        const Answer a = post(QStringLiteral("/sim/faults"), body);
        QCOMPARE(a.status, 400);
        QCOMPARE(a.contentType, QByteArray("application/json"));
        QCOMPARE(a.json().value(u"success"), QJsonValue(false));
        QVERIFY2(a.json().value(u"error").toString().contains(message), a.body.constData());
        QCOMPARE(get(QStringLiteral("/sim/faults")).json(), QJsonObject());
    }

    void slowDatabaseDelaysHealth()
    {
        QCOMPARE(post(QStringLiteral("/sim/faults"), R"({"database":"slow"})").status, 200);
        m_clock->advance(1000);
        const int delay = m_sim->healthDelayMs(m_clock->nowMs());
        QVERIFY(delay >= 300 && delay <= 900);
        QNetworkReply *reply = m_net->get(request(QStringLiteral("/api/health")));
        // The answer waits on the simulator's clock, without blocking the server.
        QTRY_COMPARE(m_clock->pendingCount(), 1);
        QVERIFY(!reply->isFinished());
        QCOMPARE(get(QStringLiteral("/sim/faults")).json(), (QJsonObject{{"database", "slow"}}));
        QVERIFY(!reply->isFinished());
        m_clock->advance(delay - 1);
        QCOMPARE(m_clock->pendingCount(), 1);
        m_clock->advance(1);
        QCOMPARE(m_clock->pendingCount(), 0);
        const Answer a = finish(reply);
        QCOMPARE(a.status, 200);
        const QJsonArray checks = a.json().value(u"data").toObject().value(u"checks").toArray();
        QCOMPARE(checks.at(0).toObject().value(u"status").toString(), QStringLiteral("degraded"));
    }

    void clientGoneBeforeDelayedAnswer()
    {
        QCOMPARE(post(QStringLiteral("/sim/faults"), R"({"redis":"slow"})").status, 200);
        m_clock->advance(1000);
        QNetworkReply *reply = m_net->get(request(QStringLiteral("/api/health")));
        QTRY_COMPARE(m_clock->pendingCount(), 1);
        reply->abort();
        delete reply;
        // Another request runs the event loop long enough for the server to see the closed
        // connection; the late answer then has nowhere to go and is dropped.
        QCOMPARE(get(QStringLiteral("/sim/faults")).status, 200);
        QSignalSpy served(m_server.get(), &SimulatorServer::requestServed);
        m_clock->advance(1000);
        QCOMPARE(m_clock->pendingCount(), 0);
        QCOMPARE(served.count(), 0);
        QCOMPARE(get(QStringLiteral("/metrics")).status, 200);
        QCOMPARE(served.count(), 1);
    }

    void unknownPathsAndMethods()
    {
        Answer a = get(QStringLiteral("/nope"));
        QCOMPARE(a.status, 404);
        QVERIFY(a.json().value(u"error").toString().contains(u"/nope"));
        a = finish(m_net->put(request(QStringLiteral("/sim/faults")), QByteArray("{}")));
        QCOMPARE(a.status, 405);
        QCOMPARE(a.allow, QByteArray("GET, POST, DELETE"));
        a = post(QStringLiteral("/metrics"), "x");
        QCOMPARE(a.status, 405);
        a = get(QStringLiteral("/api/health/other"));
        QCOMPARE(a.status, 404);
    }
};

QTEST_GUILESS_MAIN(TestSimulatorServer)
#include "tst_simulatorserver.moc"
