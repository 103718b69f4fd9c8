#include "models/alerts/rulestest.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Wk;

namespace {

const QString AlertsData = QStringLiteral(WK_TEST_DATA_DIR "/alerts");

struct Run
{
    int exitCode = 0;
    QString out;
    QString err;
};

Run run(const QStringList &files)
{
    Run r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.exitCode = runRulesTest(files, out, err);
    out.flush();
    err.flush();
    return r;
}

} // namespace

// `watchkeeper rules test` on every rule unit test file: those in tests/data/alerts pass, those
// in tests/data/alerts/failing fail. promtool agrees on each (rules_promtool_agree).
class TestRulesTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void files_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("exitCode");
        const QDir dir(AlertsData);
        const QStringList passing =
            dir.entryList({QStringLiteral("*.test.yml")}, QDir::Files, QDir::Name);
        const QStringList failing =
            QDir(AlertsData + QStringLiteral("/failing"))
                .entryList({QStringLiteral("*.test.yml")}, QDir::Files, QDir::Name);
        QVERIFY(passing.size() >= 14);
        QVERIFY(failing.size() >= 3);
        for (const QString &f : passing)
            QTest::newRow(qPrintable(QStringLiteral("passes: ") + f)) << dir.filePath(f) << 0;
        for (const QString &f : failing)
            QTest::newRow(qPrintable(QStringLiteral("fails: ") + f))
                << AlertsData + QStringLiteral("/failing/") + f << 1;
    }
    void files()
    {
        QFETCH(QString, file);
        QFETCH(int, exitCode);
        const Run r = run({file});
        QVERIFY2(r.exitCode == exitCode, qPrintable(r.out + r.err));
        QVERIFY(r.out.startsWith(QStringLiteral("Unit Testing:  ") + file + u'\n'));
        if (exitCode == 0) {
            QCOMPARE(r.out,
                     QStringLiteral("Unit Testing:  ") + file + QStringLiteral("\n  SUCCESS\n\n"));
            QCOMPARE(r.err, QString());
        } else {
            QVERIFY(r.err.startsWith(QStringLiteral("  FAILED:\n")));
        }
    }

    // The report reads exactly as promtool's for the same file.
    void reportAsPromtool()
    {
        const QString file = AlertsData + QStringLiteral("/failing/wrong_severity.test.yml");
        const Run r = run({file});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out, QStringLiteral("Unit Testing:  ") + file + QStringLiteral("\n\n\n"));
        const QString expected = QStringLiteral(
            "  FAILED:\n"
            "    alertname: HighErrorRate, time: 10m, \n"
            "        exp:[\n"
            "            0:\n"
            "              Labels:{alertname=\"HighErrorRate\", category=\"errors\", "
            "channels=\"pagerduty,slack\", instance=\"app-1:3000\", job=\"cloudgreet\", "
            "response_time=\"10m\", severity=\"high\"}\n"
            "              Annotations:{description=\"20% of the requests to cloudgreet at "
            "app-1:3000 failed with a 5xx status over the last 5 minutes (threshold 10%).\", "
            "runbook_url=\"https://runbooks.cloudgreet.com/alerts/high-error-rate\", "
            "summary=\"High error rate on app-1:3000: 20%\"}\n"
            "            ], \n"
            "        got:[\n"
            "            0:\n"
            "              Labels:{alertname=\"HighErrorRate\", category=\"errors\", "
            "channels=\"pagerduty,slack\", instance=\"app-1:3000\", job=\"cloudgreet\", "
            "response_time=\"10m\", severity=\"critical\"}\n"
            "              Annotations:{description=\"20% of the requests to cloudgreet at "
            "app-1:3000 failed with a 5xx status over the last 5 minutes (threshold 10%).\", "
            "runbook_url=\"https://runbooks.cloudgreet.com/alerts/high-error-rate\", "
            "summary=\"High error rate on app-1:3000: 20%\"}\n"
            "            ]\n");
        QCOMPARE(r.err, expected);
    }

    void sampleDifferences()
    {
        const Run r = run({AlertsData + QStringLiteral("/failing/wrong_sample_value.test.yml")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.endsWith(QStringLiteral(
                     ", time: 10m,\n"
                     "        exp: {instance=\"app-1:3000\", job=\"cloudgreet\"} 2.5E-01\n"
                     "        got: {instance=\"app-1:3000\", job=\"cloudgreet\"} 2E-01\n")),
                 qPrintable(r.err));
    }

    void evaluationErrorStops()
    {
        const Run r = run({AlertsData + QStringLiteral("/failing/alert_limit_exceeded.test.yml")});
        QCOMPARE(r.err,
                 QStringLiteral("  FAILED:\n    rule: PerInstanceDown, time: 0s, err: exceeded "
                                "limit of 1 with 2 alerts\n"));
    }

    void strictFields()
    {
        const Run r = run({AlertsData + QStringLiteral("/failing/misspelled_field.test.yml")});
        QCOMPARE(r.err,
                 QStringLiteral("  FAILED:\nyaml: unmarshal errors:\n  line 12: field exp_alert "
                                "not found in type main.alertTestCase\n"));
    }

    // Several files: each reported, the exit status fails if any one fails.
    void severalFiles()
    {
        const Run r = run({AlertsData + QStringLiteral("/system_down.test.yml"),
                           AlertsData + QStringLiteral("/failing/missing_alert.test.yml")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out.count(QStringLiteral("Unit Testing:  ")), 2);
        QCOMPARE(r.out.count(QStringLiteral("  SUCCESS")), 1);
    }

    void ruleFileGlobsAndMissingFiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile rules(dir.filePath(QStringLiteral("a.rules.yml")));
        QVERIFY(rules.open(QIODevice::WriteOnly));
        rules.write("groups:\n- name: g\n  rules:\n  - alert: Up\n    expr: up == 1\n");
        rules.close();
        QFile test(dir.filePath(QStringLiteral("t.test.yml")));
        QVERIFY(test.open(QIODevice::WriteOnly));
        test.write("rule_files: ['*.rules.yml', 'missing.yml']\n"
                   "tests:\n- interval: 1m\n  input_series:\n  - series: up{job=\"x\"}\n"
                   "    values: 1 1\n  alert_rule_test:\n  - eval_time: 1m\n    alertname: Up\n"
                   "    exp_alerts:\n    - exp_labels: {job: x}\n");
        test.close();
        const Run r = run({test.fileName()});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QStringLiteral("  WARNING: no file match pattern ") +
                            dir.filePath(QStringLiteral("missing.yml")) + u'\n');
    }

    void missingFile()
    {
        const Run r = run({AlertsData + QStringLiteral("/nope.test.yml")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.startsWith(QStringLiteral("  FAILED:\nopen ")));
    }
};

QTEST_GUILESS_MAIN(TestRulesTest)
#include "tst_rulestest.moc"
