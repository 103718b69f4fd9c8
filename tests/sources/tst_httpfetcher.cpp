#include "models/sources/httpfetcher.h"

#include "rawhttpserver.h"

#include <QTest>

using namespace Wk;

using RawServer = RawHttpServer;

namespace {
QByteArray ok(const QByteArray &body)
{
    return RawHttpServer::ok(body);
}
} // namespace

class TestHttpFetcher : public QObject
{
    Q_OBJECT
private:
    FetchResult fetch(const FetchRequest &req)
    {
        HttpFetcher fetcher;
        std::optional<FetchResult> result;
        fetcher.get(req, [&](const FetchResult &r) { result = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000); }();
        return result.value_or(FetchResult{});
    }

private Q_SLOTS:
    void outcomes_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::newRow("ok") << QByteArray("/ok") << int(FetchResult::Status::Ok) << "";
        QTest::newRow("http 503") << QByteArray("/503") << int(FetchResult::Status::HttpError)
                                  << "HTTP 503 Service Unavailable";
        QTest::newRow("http 500") << QByteArray("/500") << int(FetchResult::Status::HttpError)
                                  << "HTTP 500";
        QTest::newRow("redirect loop")
            << QByteArray("/loop") << int(FetchResult::Status::Redirects) << "too many redirects";
        QTest::newRow("timeout") << QByteArray("/hang") << int(FetchResult::Status::Timeout)
                                 << "timeout after 0.3 s";
        QTest::newRow("too large announced")
            << QByteArray("/big") << int(FetchResult::Status::TooLarge) << "larger than";
        QTest::newRow("too large streamed")
            << QByteArray("/bigchunked") << int(FetchResult::Status::TooLarge) << "larger than";
        QTest::newRow("truncated body")
            << QByteArray("/truncated") << int(FetchResult::Status::Unreachable)
            << "unreachable: the server closed the connection";
    }
    void outcomes()
    {
        QFETCH(QByteArray, path);
        QFETCH(int, status);
        QFETCH(QString, error);
        RawServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        server.responses["/ok"] = ok("{\"success\":true}");
        server.responses["/503"] =
            "HTTP/1.1 503 Service Unavailable\r\nContent-Length: 4\r\n\r\nbusy";
        server.responses["/500"] =
            "HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\n\r\n";
        server.responses["/loop"] =
            "HTTP/1.1 302 Found\r\nLocation: /loop\r\nContent-Length: 0\r\n\r\n";
        server.responses["/hang"] = "HANG";
        server.responses["/big"] =
            "HTTP/1.1 200 OK\r\nContent-Length: 2000\r\n\r\n" + QByteArray(2000, 'x');
        QByteArray chunked = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n";
        for (int i = 0; i < 4; ++i)
            chunked += "200\r\n" + QByteArray(0x200, 'y') + "\r\n";
        chunked += "0\r\n\r\n";
        server.responses["/bigchunked"] = chunked;
        server.responses["/truncated"] =
            "HTTP/1.1 200 OK\r\nContent-Length: 500\r\n\r\n{\"success\": tr";

        FetchRequest req;
        req.url = server.url(path.constData());
        req.timeoutMs = 300;
        req.maxBodyBytes = 1024;
        const FetchResult r = fetch(req);
        QCOMPARE(int(r.status), status);
        QVERIFY2(r.errorString.contains(error), qPrintable(r.errorString));
        if (r.ok())
            QCOMPARE(r.body, QByteArray("{\"success\":true}"));
        else
            QVERIFY(r.body.isEmpty());
    }

    void connectionRefused()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there now
        FetchRequest req;
        req.url = QUrl(QStringLiteral("http://127.0.0.1:%1/api/health").arg(port));
        const FetchResult r = fetch(req);
        QCOMPARE(r.status, FetchResult::Status::Unreachable);
        QCOMPARE(r.errorString, QStringLiteral("unreachable: connection refused"));
    }
};

QTEST_GUILESS_MAIN(TestHttpFetcher)
#include "tst_httpfetcher.moc"
