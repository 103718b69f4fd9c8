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
        QTest::newRow("prometheus-without-url")
            << QByteArray("targets: []\nprometheus:\n  timeout: 10s\n")
            << "ws.yml:3:3: prometheus needs a url";
        QTest::newRow("prometheus-inline-secret")
            << QByteArray("targets: []\nprometheus: {url: 'http://p:9090', bearer_token: abc}\n")
            << "bearer_token must be an environment reference";
        QTest::newRow("prometheus-unknown-key")
            << QByteArray("targets: []\nprometheus: {url: 'http://p:9090', token: x}\n")
            << "unknown key \"token\" in prometheus";
        QTest::newRow("incident-level")
            << QByteArray("targets: []\nincidents:\n  open_for:\n    critical: P0\n")
            << "ws.yml:4:15: open_for: \"P0\" for critical is not P1, P2, P3 or P4";
        QTest::newRow("incidents-unknown-key")
            << QByteArray("targets: []\nincidents: {open: {critical: P1}}\n")
            << "unknown key \"open\" in incidents";
        QTest::newRow("open-for-list") << QByteArray("targets: []\nincidents: {open_for: [P1]}\n")
                                       << "open_for must be a mapping";
    }

    // prometheus: as a mapping: the remote engine's timeout, token file (relative to the
    // workspace) and TLS; incidents: open_for: which alert severities open which incidents.
    void prometheusAccessAndIncidentLevels()
    {
        const QByteArray yaml = "targets: []\n"
                                "prometheus:\n"
                                "  url: https://prom.internal:9090\n"
                                "  timeout: 12s\n"
                                "  credentials_file: secrets/prom-token\n"
                                "  tls: {ca_file: /etc/ssl/ca.pem}\n"
                                "incidents:\n"
                                "  open_for:\n"
                                "    Critical: P1\n"
                                "    high: 3\n"
                                "    medium: p4\n";
        auto r = WorkspaceLoader::loadText(yaml, QStringLiteral("/etc/wk/ws.yml"));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        const Workspace &ws = r.value();
        QCOMPARE(ws.prometheus, QUrl(QStringLiteral("https://prom.internal:9090")));
        QCOMPARE(ws.prometheusAccess.timeoutMs, 12'000);
        QCOMPARE(ws.prometheusAccess.credentialsFile, QStringLiteral("/etc/wk/secrets/prom-token"));
        QCOMPARE(ws.prometheusAccess.tls.caFile, QStringLiteral("/etc/ssl/ca.pem"));
        QVERIFY(ws.incidentOpenFor);
        QCOMPARE(*ws.incidentOpenFor, (QMap<QString, int>{{QStringLiteral("critical"), 1},
                                                          {QStringLiteral("high"), 3},
                                                          {QStringLiteral("medium"), 4}}));

        // The short form, and no incidents: section: the defaults.
        auto plain = WorkspaceLoader::loadText("targets: []\nprometheus: http://p:9090\n");
        QVERIFY(plain.ok());
        QCOMPARE(plain.value().prometheus, QUrl(QStringLiteral("http://p:9090")));
        QCOMPARE(plain.value().prometheusAccess.timeoutMs, 30'000);
        QVERIFY(!plain.value().incidentOpenFor);

        // An empty open_for: alerts open no incident.
        auto none = WorkspaceLoader::loadText("targets: []\nincidents: {open_for: {}}\n");
        QVERIFY(none.ok());
        QVERIFY(none.value().incidentOpenFor && none.value().incidentOpenFor->isEmpty());
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
