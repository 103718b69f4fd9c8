// The workspace's prometheus: access options and incidents: open_for: reach the running
// session: the remote engines' timeout, token file and TLS, and which alerts open incidents.

#include "app/session.h"

#include "models/incidents/incidentautomation.h"
#include "models/promql/engineregistry.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Wk;

class TestSessionWorkspace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void workspaceReachesTheSession()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("ws.yml"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("title: shop\n"
                "targets:\n"
                "  - {name: shop-health, url: 'http://127.0.0.1:9/api/health/detailed'}\n"
                "prometheus:\n"
                "  url: http://127.0.0.1:9/\n"
                "  timeout: 12s\n"
                "  credentials_file: prom-token\n"
                "incidents:\n"
                "  open_for: {critical: P2, medium: P4}\n");
        f.close();

        Session session;
        Session::Options options;
        options.workspacePath = path;
        options.database = QStringLiteral(":none");
        const auto started = session.start(options);
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().toString()));

        QVERIFY(session.incidentAutomation());
        const QHash<QString, IncidentSeverity> expected{
            {QStringLiteral("critical"), IncidentSeverity::P2},
            {QStringLiteral("medium"), IncidentSeverity::P4}};
        QCOMPARE(session.incidentAutomation()->severityMapping(), expected);

        QVERIFY(session.engines());
        QCOMPARE(session.engines()->prometheusOptions().timeoutMs, 12'000);
        QCOMPARE(session.engines()->prometheusOptions().credentialsFile,
                 dir.filePath(QStringLiteral("prom-token")));
        QCOMPARE(session.engines()->defaultPrometheus(),
                 QUrl(QStringLiteral("http://127.0.0.1:9/")));
    }
};

QTEST_MAIN(TestSessionWorkspace)
#include "tst_sessionworkspace.moc"
