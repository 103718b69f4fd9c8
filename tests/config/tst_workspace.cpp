#include "models/config/workspace.h"

#include <QTest>

using namespace Wk;

class TestWorkspace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void valid()
    {
        qputenv("WK_TEST_TOKEN", "s3cret");
        const QByteArray yaml = R"(title: Production
targets:
  - name: api-health
    kind: health
    url: http://10.1.2.3:8080/api/health
    interval: 30s
    timeout: 5s
  - name: api
    url: https://api.example.com/metrics
    max_body_size: 2MiB
    labels: {env: prod}
    bearer_token: ${WK_TEST_TOKEN}
    tls: {insecure_skip_verify: true}
database: state/wk.db
rule_files: [rules/a.yml]
displays:
  - {screen: 0, dashboards: [operations, engineering], rotate: 20s}
  - {screen: 1, dashboards: [executive], dim_at_night: true, night: 23-7}
)";
        auto r = WorkspaceLoader::loadText(yaml, QStringLiteral("/etc/wk/ws.yml"));
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
        const Workspace &ws = r.value();
        QCOMPARE(ws.title, QStringLiteral("Production"));
        QCOMPARE(ws.targets.size(), 2);
        QCOMPARE(ws.targets[0].kind, TargetConfig::Kind::Health);
        QCOMPARE(ws.targets[0].intervalMs, 30000);
        QCOMPARE(ws.targets[0].timeoutMs, 5000);
        QCOMPARE(ws.targets[0].instance(), QStringLiteral("10.1.2.3:8080"));
        QCOMPARE(ws.targets[1].kind, TargetConfig::Kind::Metrics); // from the /metrics path
        QCOMPARE(ws.targets[1].intervalMs, 15000);
        QCOMPARE(ws.targets[1].maxBodyBytes, 2 * 1024 * 1024);
        QCOMPARE(ws.targets[1].instance(), QStringLiteral("api.example.com:443"));
        QCOMPARE(ws.targets[1].labels.value(QStringLiteral("env")), QStringLiteral("prod"));
        QCOMPARE(ws.targets[1].bearerToken, QStringLiteral("s3cret"));
        QVERIFY(ws.targets[1].tls.insecureSkipVerify);
        QCOMPARE(ws.database, QStringLiteral("/etc/wk/state/wk.db"));
        QCOMPARE(ws.ruleFiles, QStringList{QStringLiteral("/etc/wk/rules/a.yml")});
        QCOMPARE(ws.displays.size(), 2);
        QCOMPARE(ws.displays[0].dashboards,
                 (QStringList{QStringLiteral("operations"), QStringLiteral("engineering")}));
        QCOMPARE(ws.displays[0].rotateMs, 20000);
        QCOMPARE(ws.displays[1].screen, 1);
        QVERIFY(ws.displays[1].dimAtNight);
        QCOMPARE(ws.displays[1].nightStartHour, 23);
        QCOMPARE(ws.displays[1].nightEndHour, 7);
    }

    void invalid_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty") << QByteArray("") << "ws.yml: the workspace is empty";
        QTest::newRow("syntax") << QByteArray("targets: [\n  {name: a\n")
                                << "ws.yml:3:1: end of map flow not found";
        QTest::newRow("unknown-top-key")
            << QByteArray("targets: []\ntargts: []\n") << "ws.yml:2:1: unknown key \"targts\"";
        QTest::newRow("targets-not-list")
            << QByteArray("targets: 3\n") << "ws.yml:1:10: targets must be a list";
        QTest::newRow("bad-url") << QByteArray("targets:\n  - name: a\n    url: ftp://x/\n")
                                 << "ws.yml:3:10: url: \"ftp://x/\" is not an http";
        QTest::newRow("bad-interval")
            << QByteArray("targets:\n  - name: a\n    url: http://x/\n    interval: 10 sec\n")
            << "ws.yml:4:15: interval: invalid duration";
        QTest::newRow("timeout-over-interval")
            << QByteArray("targets:\n  - {name: a, url: 'http://x/', interval: 5s, timeout: 10s}\n")
            << "timeout must not be longer than the interval";
        QTest::newRow("bad-kind") << QByteArray(
                                         "targets:\n  - {name: a, url: 'http://x/', kind: ping}\n")
                                  << "kind must be health or metrics";
        QTest::newRow("duplicate")
            << QByteArray("targets:\n  - {name: a, url: 'http://x/'}\n  - {name: a, url: "
                          "'http://y/'}\n")
            << "ws.yml:3:5: a target named \"a\" is defined twice";
        QTest::newRow("inline-secret")
            << QByteArray("targets:\n  - {name: a, url: 'http://x/', bearer_token: abc}\n")
            << "bearer_token must be an environment reference";
        QTest::newRow("unset-env")
            << QByteArray("targets:\n  - {name: a, url: '${WK_SURELY_UNSET_VAR}'}\n")
            << "environment variable WK_SURELY_UNSET_VAR is not set";
        QTest::newRow("bad-size")
            << QByteArray("targets:\n  - {name: a, url: 'http://x/', max_body_size: lots}\n")
            << "max_body_size: \"lots\" is not a size";
        QTest::newRow("bad-night") << QByteArray("targets: []\ndisplays:\n  - {night: late}\n")
                                   << "ws.yml:3:13: night must be hours like 22-6";
        QTest::newRow("unknown-target-key")
            << QByteArray("targets:\n  - {name: a, url: 'http://x/', intervall: 5s}\n")
            << "unknown key \"intervall\" in a target";
    }
    void invalid()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, error);
        auto r = WorkspaceLoader::loadText(yaml, QStringLiteral("ws.yml"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().toString().contains(error), qPrintable(r.error().toString()));
    }

    void demo()
    {
        const Workspace ws = demoWorkspace(QUrl(QStringLiteral("http://127.0.0.1:4567")), {});
        QCOMPARE(ws.targets.size(), 2);
        QCOMPARE(ws.targets[0].url.toString(),
                 QStringLiteral("http://127.0.0.1:4567/api/health/detailed"));
        QCOMPARE(ws.targets[1].url.toString(), QStringLiteral("http://127.0.0.1:4567/metrics"));
        QVERIFY(ws.targets[0].key() != ws.targets[1].key());
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
