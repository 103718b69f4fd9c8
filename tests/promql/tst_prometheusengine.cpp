#include "models/promql/engineregistry.h"
#include "models/promql/prometheusengine.h"

#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryFile>
#include <QTest>
#include <QUrlQuery>

#include <cmath>
#include <limits>
#include <optional>

using namespace Wk;

namespace {

const QString Server = QStringLiteral("http://prom.example:9090");

QByteArray readShared(const QString &name)
{
    QFile f(QStringLiteral(WK_SHARED_DIR "/samples/servers/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    return f.readAll();
}

// "name{a="b"}=v@t,v@t" per series, in answer order.
QString seriesText(const QueryResult &r)
{
    QStringList out;
    for (const QuerySeries &s : r.series) {
        QStringList values;
        for (const Sample &p : s.samples)
            values << QString::number(p.v, 'g', QLocale::FloatingPointShortest) + u'@' +
                          QString::number(p.t);
        out << s.labels.toString() + u'=' + values.join(u',');
    }
    return out.join(u' ');
}

// One HTTP exchange as the fake server saw it.
struct SeenRequest
{
    QByteArray method;
    QByteArray target;                    // path and query
    QMap<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
};

// A loopback HTTP server that records each request and answers with a canned response, or
// never answers (for timeouts).
class FakePrometheus final : public QObject
{
    Q_OBJECT
public:
    FakePrometheus()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }

    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
    }
    void answer(int status, QByteArray body)
    {
        m_status = status;
        m_body = std::move(body);
    }
    void hang() { m_status = 0; }
    const QList<SeenRequest> &seen() const { return m_seen; }

Q_SIGNALS:
    void requestSeen();

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        SeenRequest req;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        req.method = first.value(0);
        req.target = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                req.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                   lines[i].mid(colon + 1).trimmed());
        }
        const qsizetype length = req.headers.value("content-length", "0").toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return;
        req.body = buffer.mid(headerEnd + 4, length);
        buffer.clear();
        m_seen.append(req);
        Q_EMIT requestSeen();
        if (m_status == 0)
            return;
        QByteArray response = "HTTP/1.1 " + QByteArray::number(m_status) + " Status\r\n";
        response += "Content-Type: application/json\r\nContent-Length: " +
                    QByteArray::number(m_body.size()) + "\r\nConnection: close\r\n\r\n" + m_body;
        socket->write(response);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<SeenRequest> m_seen;
    int m_status = 200;
    QByteArray m_body;
};

// Catches one answer and whether it came before the query call returned (it must not).
struct Answer
{
    std::optional<QueryResult> result;
    bool returned = false;
    bool early = false;

    QueryEngine::Callback callback()
    {
        return [this](QueryResult r) {
            early = !returned;
            result = std::move(r);
        };
    }
};

} // namespace

class TestPrometheusEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void formatSeconds_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::newRow("whole-seconds") << qint64(5000) << "5";
        QTest::newRow("zero") << qint64(0) << "0";
        QTest::newRow("milliseconds") << qint64(1'700'000'000'123) << "1700000000.123";
        QTest::newRow("trailing-zeros-dropped") << qint64(1'700'000'000'120) << "1700000000.12";
        QTest::newRow("sub-second") << qint64(250) << "0.25";
        QTest::newRow("one-millisecond") << qint64(1) << "0.001";
        QTest::newRow("negative") << qint64(-1500) << "-1.5";
    }
    void formatSeconds()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QCOMPARE(PrometheusEngine::formatSeconds(ms), text);
    }

    void parseValue_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<double>("value");
        const double inf = std::numeric_limits<double>::infinity();
        QTest::newRow("integer") << "42" << true << 42.0;
        QTest::newRow("decimal") << "62.52798666666688" << true << 62.52798666666688;
        QTest::newRow("negative") << "-0.5" << true << -0.5;
        QTest::newRow("exponent") << "1e-05" << true << 1e-05;
        QTest::newRow("big-exponent") << "1.5e+21" << true << 1.5e21;
        QTest::newRow("plus-inf") << "+Inf" << true << inf;
        QTest::newRow("minus-inf") << "-Inf" << true << -inf;
        QTest::newRow("empty") << "" << false << 0.0;
        QTest::newRow("lower-case-nan") << "nan" << false << 0.0;
        QTest::newRow("lower-case-inf") << "inf" << false << 0.0;
        QTest::newRow("word") << "abc" << false << 0.0;
        QTest::newRow("trailing-garbage") << "1.5x" << false << 0.0;
    }
    void parseValue()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(double, value);
        const std::optional<double> v = PrometheusEngine::parseValue(text);
        QCOMPARE(v.has_value(), valid);
        if (valid)
            QCOMPARE(*v, value);
    }
    void parseValueNaN()
    {
        const std::optional<double> v = PrometheusEngine::parseValue(u"NaN");
        QVERIFY(v.has_value());
        QVERIFY(std::isnan(*v));
    }

    void buildRequestGet()
    {
        const auto r = PrometheusEngine::buildRequest(
            QUrl(Server), QStringLiteral("/api/v1/query"),
            {{QStringLiteral("query"), QStringLiteral("sum(rate(x{a=~\"5..\"}[5m])) + 1 / 2")},
             {QStringLiteral("time"), QStringLiteral("1700000000.5")}},
            2048);
        QVERIFY(!r.post);
        QVERIFY(r.body.isEmpty());
        const QByteArray encoded = r.url.toEncoded();
        QVERIFY2(encoded.startsWith("http://prom.example:9090/api/v1/query?query="), encoded);
        // A plus must arrive as a plus: in a query string "+" means a space.
        QVERIFY2(encoded.contains("%2B"), encoded);
        QVERIFY2(!encoded.contains('+'), encoded);
        QVERIFY2(encoded.endsWith("&time=1700000000.5"), encoded);
        QCOMPARE(QUrlQuery(r.url).queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded),
                 QStringLiteral("sum(rate(x{a=~\"5..\"}[5m])) + 1 / 2"));
    }

    void buildRequestPathPrefix()
    {
        const auto r = PrometheusEngine::buildRequest(
            QUrl(QStringLiteral("https://mimir.example/prometheus/")),
            QStringLiteral("/api/v1/query_range"),
            {{QStringLiteral("query"), QStringLiteral("up")}}, 2048);
        QCOMPARE(r.url.toString(),
                 QStringLiteral("https://mimir.example/prometheus/api/v1/query_range?query=up"));
    }

    void buildRequestLongQueryPosts()
    {
        const QString longQuery =
            QStringLiteral("sum(rate(http_requests_total{endpoint=\"/a\"}[5m])) + ").repeated(60) +
            QStringLiteral("1");
        const auto r = PrometheusEngine::buildRequest(
            QUrl(Server), QStringLiteral("/api/v1/query"),
            {{QStringLiteral("query"), longQuery}, {QStringLiteral("time"), QStringLiteral("5")}},
            2048);
        QVERIFY(r.post);
        QCOMPARE(r.url.toString(), Server + QStringLiteral("/api/v1/query"));
        QVERIFY(r.body.startsWith("query=sum%28rate"));
        QVERIFY(r.body.endsWith("&time=5"));
        QUrlQuery form(QString::fromLatin1(r.body));
        QCOMPARE(form.queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded), longQuery);
    }

    void buildRequestLimitIsInclusive()
    {
        const auto probe = PrometheusEngine::buildRequest(
            QUrl(Server), QStringLiteral("/api/v1/query"),
            {{QStringLiteral("query"), QStringLiteral("up")}}, 100000);
        const int length = int(probe.url.toEncoded().size());
        QVERIFY(!PrometheusEngine::buildRequest(QUrl(Server), QStringLiteral("/api/v1/query"),
                                                {{QStringLiteral("query"), QStringLiteral("up")}},
                                                length)
                     .post);
        QVERIFY(PrometheusEngine::buildRequest(QUrl(Server), QStringLiteral("/api/v1/query"),
                                               {{QStringLiteral("query"), QStringLiteral("up")}},
                                               length - 1)
                    .post);
    }

    // Answers captured from a real Prometheus 2.42.
    void decodeCapturedVector()
    {
        const QueryResult r = PrometheusEngine::decodeResponse(
            readShared(QStringLiteral("prom_query_up.json")), 200, Server, false);
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QCOMPARE(r.type, QueryResult::Type::Vector);
        QCOMPARE(r.series.size(), 3);
        QCOMPARE(r.series[0].labels.toString(),
                 QStringLiteral("up{instance=\"127.0.0.1:9090\", job=\"prometheus\"}"));
        QCOMPARE(r.series[2].labels.value(u"job"), QStringLiteral("node"));
        QCOMPARE(r.series[0].samples.size(), size_t(1));
        QCOMPARE(r.series[0].samples[0].t, qint64(1'795'796'516'186));
        QCOMPARE(r.series[0].samples[0].v, 1.0);
        QVERIFY(r.warnings.isEmpty());
    }

    void decodeCapturedRange()
    {
        const QueryResult r = PrometheusEngine::decodeResponse(
            readShared(QStringLiteral("prom_query_range_up.json")), 200, Server, true);
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QCOMPARE(r.type, QueryResult::Type::Matrix);
        QCOMPARE(r.series.size(), 3);
        // Sorted by labels: job "alertmanager" on 9093 before "prometheus" on 9090 would be the
        // job order; label order compares instance first.
        for (qsizetype i = 1; i < r.series.size(); ++i)
            QVERIFY(r.series[i - 1].labels < r.series[i].labels);
        const QuerySeries &node = r.series[2];
        QCOMPARE(node.labels.value(u"job"), QStringLiteral("node"));
        QCOMPARE(node.samples.size(), size_t(4)); // its first scrape came one step later
        QCOMPARE(node.samples.front().t, qint64(1'795'796'516'000));
        QCOMPARE(node.samples.back().t, qint64(1'795'796'531'000));

        const QueryResult cpu = PrometheusEngine::decodeResponse(
            readShared(QStringLiteral("prom_query_range_cpu.json")), 200, Server, true);
        QVERIFY2(cpu.ok(), qPrintable(cpu.error.toString()));
        QCOMPARE(seriesText(cpu),
                 QStringLiteral("{instance=\"127.0.0.1:9100\"}=62.52798666666688@1795796521000,"
                                "45.56118166666664@1795796526000,28.8964233333334@1795796531000"));
    }

    void decodeEdgeCases_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("range");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("expected"); // series text, scalar, string or error message
        const auto T = [](QueryResult::Type t) { return int(t); };
        QTest::newRow("special-values")
            << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[
                {"metric":{"k":"nan"},"value":[10,"NaN"]},
                {"metric":{"k":"pinf"},"value":[10,"+Inf"]},
                {"metric":{"k":"ninf"},"value":[10,"-Inf"]}]}})")
            << 200 << false << T(QueryResult::Type::Vector)
            << "{k=\"nan\"}=nan@10000 {k=\"pinf\"}=inf@10000 {k=\"ninf\"}=-inf@10000";
        QTest::newRow("empty-vector")
            << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[]}})")
            << 200 << false << T(QueryResult::Type::Vector) << "";
        QTest::newRow("empty-matrix")
            << QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":[]}})")
            << 200 << true << T(QueryResult::Type::Matrix) << "";
        QTest::newRow("range-sorted-by-labels")
            << QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":[
                {"metric":{"a":"2"},"values":[[1.5,"1"],[2.5,"2"]]},
                {"metric":{"a":"1"},"values":[[1.5,"3"]]}]}})")
            << 200 << true << T(QueryResult::Type::Matrix)
            << "{a=\"1\"}=3@1500 {a=\"2\"}=1@1500,2@2500";
        QTest::newRow("instant-range-selector-is-matrix")
            << QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":[
                {"metric":{"__name__":"up"},"values":[[100,"1"],[105,"0"]]}]}})")
            << 200 << false << T(QueryResult::Type::Matrix) << "up=1@100000,0@105000";
        QTest::newRow("scalar")
            << QByteArray(
                   R"({"status":"success","data":{"resultType":"scalar","result":[1700000000.25,"0.5"]}})")
            << 200 << false << T(QueryResult::Type::Scalar) << "0.5@1700000000250";
        QTest::newRow("scalar-inf")
            << QByteArray(
                   R"({"status":"success","data":{"resultType":"scalar","result":[1,"+Inf"]}})")
            << 200 << false << T(QueryResult::Type::Scalar) << "inf@1000";
        QTest::newRow("string")
            << QByteArray(
                   R"({"status":"success","data":{"resultType":"string","result":[1,"hello"]}})")
            << 200 << false << T(QueryResult::Type::String) << "hello";
        QTest::newRow("bad-data")
            << QByteArray("{\"status\":\"error\",\"errorType\":\"bad_data\","
                          "\"error\":\"1:5: parse error: unexpected \\\"}\\\"\"}")
            << 400 << false << T(QueryResult::Type::Invalid)
            << "Prometheus at http://prom.example:9090: bad_data: 1:5: parse error: unexpected "
               "\"}\"";
        QTest::newRow("execution")
            << QByteArray(
                   R"({"status":"error","errorType":"execution","error":"query processing would load too many samples into memory"})")
            << 422 << false << T(QueryResult::Type::Invalid)
            << "Prometheus at http://prom.example:9090: execution: query processing would load "
               "too many samples into memory";
        QTest::newRow("server-timeout")
            << QByteArray(
                   R"({"status":"error","errorType":"timeout","error":"query timed out in expression evaluation"})")
            << 503 << true << T(QueryResult::Type::Invalid)
            << "Prometheus at http://prom.example:9090: HTTP 503: timeout: query timed out in "
               "expression evaluation";
        QTest::newRow("proxy-html")
            << QByteArray("<html>\n<body><h1>502 Bad Gateway</h1></body>\n</html>\n") << 502
            << false << T(QueryResult::Type::Invalid)
            << "Prometheus at http://prom.example:9090: HTTP 502: <html> <body><h1>502 Bad "
               "Gateway</h1></body> </html>";
        QTest::newRow("empty-error")
            << QByteArray() << 503 << false << T(QueryResult::Type::Invalid)
            << "Prometheus at http://prom.example:9090: HTTP 503";
        QTest::newRow("not-json-with-position")
            << QByteArray("{\"status\":\"success\",\n \"data\": nope}") << 200 << false
            << T(QueryResult::Type::Invalid)
            << "Prometheus at http://prom.example:9090: the answer is not JSON: line 2, column "
               "12: illegal value";
        QTest::newRow("empty-body") << QByteArray() << 200 << false << T(QueryResult::Type::Invalid)
                                    << "Prometheus at http://prom.example:9090: empty answer";
        QTest::newRow("bad-value")
            << QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":[
                {"metric":{},"values":[[1,"1"],[2,"one"]]}]}})")
            << 200 << true << T(QueryResult::Type::Invalid)
            << "Prometheus at http://prom.example:9090: unexpected answer: "
               "data.result[0].values[1]: not a number: \"one\"";
        QTest::newRow("value-not-a-string")
            << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[
                {"metric":{},"value":[1,1]}]}})")
            << 200 << false << T(QueryResult::Type::Invalid)
            << "Prometheus at http://prom.example:9090: unexpected answer: "
               "data.result[0].value: expected the value as a string";
        QTest::newRow("range-answered-with-vector")
            << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[]}})")
            << 200 << true << T(QueryResult::Type::Invalid)
            << "Prometheus at http://prom.example:9090: unexpected answer: data.resultType: a "
               "range query answered with \"vector\"";
        QTest::newRow("unknown-type")
            << QByteArray(R"({"status":"success","data":{"resultType":"blob","result":[]}})") << 200
            << false << T(QueryResult::Type::Invalid)
            << "Prometheus at http://prom.example:9090: unexpected answer: data.resultType: "
               "unknown result type \"blob\"";
    }
    void decodeEdgeCases()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(bool, range);
        QFETCH(int, type);
        QFETCH(QString, expected);
        const QueryResult r = PrometheusEngine::decodeResponse(body, status, Server, range);
        QCOMPARE(int(r.type), type);
        switch (r.type) {
        case QueryResult::Type::Invalid:
            QCOMPARE(r.error.toString(), expected);
            break;
        case QueryResult::Type::Scalar:
            QCOMPARE(QString::number(r.scalar) + u'@' + QString::number(r.scalarTime), expected);
            break;
        case QueryResult::Type::String:
            QCOMPARE(r.string, expected);
            break;
        default:
            QCOMPARE(seriesText(r), expected);
        }
    }

    void decodeWarningsAndHistograms()
    {
        const QueryResult r = PrometheusEngine::decodeResponse(
            R"({"status":"success","warnings":["PromQL warning: metric might not be a counter"],
                "infos":["PromQL info: ignored"],
                "data":{"resultType":"vector","result":[
                  {"metric":{"a":"f"},"value":[1,"2"]},
                  {"metric":{"a":"h"},"histogram":[1,{"count":"3","sum":"1"}]}]}})",
            200, Server, false);
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QCOMPARE(seriesText(r), QStringLiteral("{a=\"f\"}=2@1000"));
        QCOMPARE(r.warnings.size(), 3);
        QCOMPARE(r.warnings[0], QStringLiteral("PromQL warning: metric might not be a counter"));
        QCOMPARE(r.warnings[1], QStringLiteral("PromQL info: ignored"));
        QVERIFY2(r.warnings[2].startsWith(u"unsupported: native histograms"),
                 qPrintable(r.warnings[2]));

        const QueryResult failed = PrometheusEngine::decodeResponse(
            R"({"status":"error","errorType":"bad_data","error":"x","warnings":["w"]})", 400,
            Server, false);
        QVERIFY(!failed.ok());
        QCOMPARE(failed.warnings, QStringList{QStringLiteral("w")});
    }

    // Over HTTP, against a loopback server answering with canned bodies.
    void instantQueryOverHttp()
    {
        FakePrometheus server;
        server.answer(200, readShared(QStringLiteral("prom_query_up.json")));
        PrometheusEngine::Options options;
        options.bearerToken = "s3cret";
        PrometheusEngine engine(server.url(), options);
        QCOMPARE(engine.name(), server.url().toString());
        Answer a;
        engine.instantQuery(QStringLiteral("up + 0"), 1'795'796'516'186, a.callback());
        a.returned = true;
        QTRY_VERIFY_WITH_TIMEOUT(a.result.has_value(), 5000);
        QVERIFY(!a.early);
        const std::optional<QueryResult> &r = a.result;
        QVERIFY2(r->ok(), qPrintable(r->error.toString()));
        QCOMPARE(r->series.size(), 3);
        QCOMPARE(server.seen().size(), 1);
        const SeenRequest &seen = server.seen().front();
        QCOMPARE(seen.method, QByteArray("GET"));
        QCOMPARE(seen.target,
                 QByteArray("/api/v1/query?query=up%20%2B%200&time=1795796516.186&timeout=30"));
        QCOMPARE(seen.headers.value("authorization"), QByteArray("Bearer s3cret"));
        QCOMPARE(seen.headers.value("accept"), QByteArray("application/json"));
        QCOMPARE(engine.inFlightCount(), 0);
    }

    void rangeQueryPostsLongQueries()
    {
        FakePrometheus server;
        server.answer(200, readShared(QStringLiteral("prom_query_range_cpu.json")));
        QTemporaryFile token;
        QVERIFY(token.open());
        token.write("from-file\n");
        token.flush();
        PrometheusEngine::Options options;
        options.credentialsFile = token.fileName();
        options.bearerToken = "ignored";
        options.maxGetUrlBytes = 64;
        PrometheusEngine engine(server.url(), options);
        Answer a;
        engine.rangeQuery(QStringLiteral("rate(node_cpu_seconds_total[1m]) * 100"),
                          1'795'796'521'000, 1'795'796'531'000, 5000, a.callback());
        a.returned = true;
        QTRY_VERIFY_WITH_TIMEOUT(a.result.has_value(), 5000);
        QVERIFY(!a.early);
        const std::optional<QueryResult> &r = a.result;
        QVERIFY2(r->ok(), qPrintable(r->error.toString()));
        QCOMPARE(r->type, QueryResult::Type::Matrix);
        QCOMPARE(r->series.size(), 1);
        QCOMPARE(r->series[0].samples.size(), size_t(3));
        const SeenRequest &seen = server.seen().front();
        QCOMPARE(seen.method, QByteArray("POST"));
        QCOMPARE(seen.target, QByteArray("/api/v1/query_range"));
        QCOMPARE(seen.headers.value("content-type"),
                 QByteArray("application/x-www-form-urlencoded"));
        QCOMPARE(seen.headers.value("authorization"), QByteArray("Bearer from-file"));
        QCOMPARE(seen.body, QByteArray("query=rate%28node_cpu_seconds_total%5B1m%5D%29%20%2A%20100"
                                       "&start=1795796521&end=1795796531&step=5&timeout=30"));
    }

    void errorBodyOverHttp()
    {
        FakePrometheus server;
        server.answer(
            400,
            R"({"status":"error","errorType":"bad_data","error":"1:5: parse error: unexpected end of input"})");
        PrometheusEngine engine(server.url());
        Answer a;
        engine.instantQuery(QStringLiteral("sum("), 1000, a.callback());
        a.returned = true;
        QTRY_VERIFY_WITH_TIMEOUT(a.result.has_value(), 5000);
        QVERIFY(!a.early);
        const std::optional<QueryResult> &r = a.result;
        QVERIFY(!r->ok());
        QCOMPARE(r->error.toString(),
                 QStringLiteral("Prometheus at %1: bad_data: 1:5: parse error: unexpected end of "
                                "input")
                     .arg(server.url().toString()));
    }

    void timeout()
    {
        FakePrometheus server;
        server.hang();
        PrometheusEngine::Options options;
        options.timeoutMs = 300;
        PrometheusEngine engine(server.url(), options);
        Answer a;
        engine.instantQuery(QStringLiteral("up"), 1000, a.callback());
        a.returned = true;
        QTRY_VERIFY_WITH_TIMEOUT(a.result.has_value(), 5000);
        QVERIFY(!a.early);
        const std::optional<QueryResult> &r = a.result;
        QVERIFY(!r->ok());
        QCOMPARE(
            r->error.toString(),
            QStringLiteral("Prometheus at %1: timeout after 0.3 s").arg(server.url().toString()));
        QCOMPARE(server.seen().size(), 1);
    }

    void unreachable()
    {
        quint16 port = 0;
        {
            QTcpServer probe; // a port that was free a moment ago and is closed now
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(port));
        PrometheusEngine engine(url);
        Answer a;
        engine.rangeQuery(QStringLiteral("up"), 0, 10'000, 5000, a.callback());
        a.returned = true;
        QTRY_VERIFY_WITH_TIMEOUT(a.result.has_value(), 5000);
        QVERIFY(!a.early);
        const std::optional<QueryResult> &r = a.result;
        QVERIFY(!r->ok());
        QCOMPARE(r->error.toString(),
                 QStringLiteral("Prometheus at %1: unreachable: connection refused")
                     .arg(url.toString()));
    }

    void unreadableCredentialsAnswerLater()
    {
        PrometheusEngine::Options options;
        options.credentialsFile = QStringLiteral("/nonexistent/token");
        PrometheusEngine engine(QUrl(Server), options);
        Answer a;
        engine.instantQuery(QStringLiteral("up"), 1000, a.callback());
        a.returned = true;
        QTRY_VERIFY_WITH_TIMEOUT(a.result.has_value(), 5000);
        QVERIFY(!a.early);
        const std::optional<QueryResult> &r = a.result;
        QVERIFY(!r->ok());
        QVERIFY2(r->error.message.contains(u"cannot read credentials_file /nonexistent/token"),
                 qPrintable(r->error.message));
    }

    void destroyedEngineDropsAnswers()
    {
        FakePrometheus server;
        server.hang();
        bool answered = false;
        {
            PrometheusEngine engine(server.url());
            QSignalSpy seen(&server, &FakePrometheus::requestSeen);
            engine.instantQuery(QStringLiteral("up"), 1000, [&](QueryResult) { answered = true; });
            QVERIFY(seen.wait(5000));
        }
        QCoreApplication::processEvents();
        QVERIFY(!answered);
    }

    void registry()
    {
        PrometheusEngine local(QUrl(QStringLiteral("http://stand-in.example")));
        EngineRegistry registry(&local);
        PrometheusEngine::Options options;
        options.timeoutMs = 1234;
        registry.setPrometheusOptions(options);

        QCOMPARE(registry.engineFor(QString()).value(), &local);
        QCOMPARE(registry.engineFor(QStringLiteral("local")).value(), &local);

        const auto a = registry.engineFor(QStringLiteral("http://prom.example:9090"));
        QVERIFY2(a.ok(), qPrintable(a.error().toString()));
        QVERIFY(a.value() != &local);
        QCOMPARE(a.value()->name(), QStringLiteral("http://prom.example:9090"));
        QCOMPARE(static_cast<PrometheusEngine *>(a.value())->options().timeoutMs, qint64(1234));
        // The same server spelled with a trailing slash is the same engine.
        QCOMPARE(registry.engineFor(QStringLiteral("http://prom.example:9090/")).value(),
                 a.value());
        const auto b = registry.engineFor(QStringLiteral("https://thanos.example/prefix"));
        QVERIFY(b.ok());
        QVERIFY(b.value() != a.value());
        QCOMPARE(registry.prometheusEngines().size(), 2);

        const auto noDefault = registry.engineFor(QStringLiteral("prometheus"));
        QVERIFY(!noDefault.ok());
        QVERIFY2(noDefault.error().message.contains(u"names no Prometheus server"),
                 qPrintable(noDefault.error().message));
        registry.setDefaultPrometheus(QUrl(QStringLiteral("http://prom.example:9090")));
        QCOMPARE(registry.engineFor(QStringLiteral("prometheus")).value(), a.value());
        QCOMPARE(registry.prometheusEngines().size(), 2);

        for (const QString &bad : {QStringLiteral("remote"), QStringLiteral("ftp://x.example"),
                                   QStringLiteral("http://x.example/?q=1")}) {
            const auto r = registry.engineFor(bad);
            QVERIFY2(!r.ok(), qPrintable(bad));
            QVERIFY2(r.error().message.contains(u'"' + bad + u'"'), qPrintable(r.error().message));
        }
    }
};

QTEST_GUILESS_MAIN(TestPrometheusEngine)
#include "tst_prometheusengine.moc"
