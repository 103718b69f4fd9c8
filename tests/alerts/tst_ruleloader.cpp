#include "models/alerts/ruleloader.h"

#include <QTest>

using namespace Wk;

namespace {
const QString LoaderDir = QStringLiteral(WK_TEST_DATA_DIR "/alerts/loader/");
}

class TestRuleLoader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The default rule file: one alerting rule per alert of the monitoring guide.
    void serviceRules()
    {
        const RuleLoader::Outcome out = RuleLoader::loadFile(
            QStringLiteral(WK_SOURCE_DIR "/resources/rules/service.rules.yml"));
        QVERIFY2(out.ok(), qPrintable(out.errors.value(0).toString()));
        QStringList names;
        for (const RuleGroup &g : out.file.groups) {
            for (const Rule &r : g.rules) {
                QVERIFY(r.isAlerting());
                QVERIFY(!r.expr.isEmpty());
                QVERIFY(r.labels.contains(QStringLiteral("severity")));
                QVERIFY(r.labels.contains(QStringLiteral("channels")));
                QVERIFY(r.labels.contains(QStringLiteral("response_time")));
                for (const char *a : {"summary", "description", "runbook_url"})
                    QVERIFY2(r.annotations.contains(QLatin1String(a)), qPrintable(r.name));
                names << r.name;
            }
        }
        QCOMPARE(names,
                 (QStringList{"SystemDown", "DatabaseUnavailable", "HighErrorRate",
                              "PerformanceDegradation", "HighMemoryUsage", "ExternalAPIFailures",
                              "DiskSpaceWarning", "UnusualTrafficPattern", "CacheMissRateHigh",
                              "DeprecatedAPIUsage", "LogVolumeAnomaly", "MultipleFailedLogins",
                              "UnauthorizedAccessAttempts", "PrivilegeEscalationAttempt"}));
        const RuleGroup &critical = out.file.groups.at(0);
        QCOMPARE(critical.name, QStringLiteral("cloudgreet-critical"));
        QCOMPARE(critical.intervalMs, 30000);
        const Rule &errors = critical.rules.at(2);
        QCOMPARE(errors.forMs, 5 * 60000);
        QCOMPARE(errors.labels.value(QStringLiteral("severity")), QStringLiteral("critical"));
        QCOMPARE(errors.labels.value(QStringLiteral("channels")),
                 QStringLiteral("pagerduty,slack"));
        QCOMPARE(errors.exprPos.line, 67);
    }

    void fixtures()
    {
        const RuleLoader::Outcome out = RuleLoader::loadFile(
            QStringLiteral(WK_TEST_DATA_DIR "/alerts/rules/evaluation.rules.yml"));
        QVERIFY2(out.ok(), qPrintable(out.errors.value(0).toString()));
        QCOMPARE(out.file.groups.size(), 3);
        const RuleGroup &recording = out.file.groups.at(0);
        QCOMPARE(recording.rules.at(1).kind, Rule::Kind::Recording);
        QCOMPARE(recording.rules.at(1).labels.value(QStringLiteral("derived")),
                 QStringLiteral("yes"));
        QCOMPARE(out.file.groups.at(1).intervalMs, 0);
        QCOMPARE(out.file.groups.at(1).rules.at(0).forMs, 120000);
        QCOMPARE(out.file.groups.at(2).limit, 1);
    }

    void durations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ms");
        QTest::newRow("zero without unit") << "0" << 0ll;
        QTest::newRow("minutes") << "5m" << 300000ll;
        QTest::newRow("compound") << "1h30m" << 5400000ll;
        QTest::newRow("week") << "1w" << 604800000ll;
        QTest::newRow("millis") << "1s500ms" << 1500ll;
        QTest::newRow("space") << "1h 30m" << -1ll;
        QTest::newRow("order") << "30m1h" << -1ll;
        QTest::newRow("no unit") << "15" << -1ll;
        QTest::newRow("empty") << "" << -1ll;
    }
    void durations()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ms);
        const Result<qint64> d = RuleLoader::parseDuration(text);
        QCOMPARE(d.ok(), ms >= 0);
        if (ms >= 0)
            QCOMPARE(d.value(), ms);
        else
            QCOMPARE(d.error().message,
                     QStringLiteral("not a valid duration string: \"%1\"").arg(text));
    }

    void badFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("errors");
        QTest::newRow("duplicate group")
            << "bad_duplicate_group.rules.yml"
            << QStringList{"7:5: groupname: \"api\" is repeated in the same file"};
        QTest::newRow("alert and record")
            << "bad_alert_and_record.rules.yml"
            << QStringList{
                   "6:17: group \"api\", rule 1, \"both\": only one of 'record' and 'alert' must "
                   "be set",
                   "8:9: group \"api\", rule 2, \"\": one of 'record' or 'alert' must be set"};
        QTest::newRow("durations")
            << "bad_duration.rules.yml"
            << QStringList{
                   "4:15: group \"api\": not a valid duration string: \"1h 30m\"",
                   "8:14: group \"api\", rule 1, \"Slow\": not a valid duration string: \"5x\""};
        QTest::newRow("label names")
            << "bad_label_names.rules.yml"
            << QStringList{
                   "8:11: group \"api\", rule 1, \"Labels\": invalid label name: bad-label",
                   "9:11: group \"api\", rule 1, \"Labels\": invalid label name: __name__",
                   "11:11: group \"api\", rule 1, \"Labels\": invalid annotation name: 1st"};
        QTest::newRow("recording rule")
            << "bad_recording_rule.rules.yml"
            << QStringList{"5:17: group \"api\", rule 1, \"bad name\": invalid field 'for' in "
                           "recording rule",
                           "5:17: group \"api\", rule 1, \"bad name\": invalid field "
                           "'keep_firing_for' in recording rule",
                           "5:17: group \"api\", rule 1, \"bad name\": invalid recording rule "
                           "name: bad name",
                           "5:17: group \"api\", rule 1, \"bad name\": invalid field 'annotations' "
                           "in recording rule"};
        QTest::newRow("unknown fields")
            << "bad_unknown_field.rules.yml"
            << QStringList{"4:5: field evaluation_interval not found in a rule group",
                           "8:9: field severity not found in a rule"};
        QTest::newRow("templates")
            << "bad_template.rules.yml"
            << QStringList{"8:11: group \"api\", rule 1, \"Templates\": label \"team\": template: "
                           "__alert_Templates:1: unclosed action",
                           "10:11: group \"api\", rule 1, \"Templates\": annotation \"summary\": "
                           "template: __alert_Templates:1: function \"humanise\" not defined"};
        QTest::newRow("missing expr and name")
            << "bad_missing_expr.rules.yml"
            << QStringList{
                   "5:9: group \"api\", rule 1, \"NoExpr\": field 'expr' must be set in rule",
                   "6:5: Groupname must not be empty"};
        QTest::newRow("expression")
            << "bad_expression.rules.yml"
            << QStringList{"6:15: group \"api\", rule 1, \"Unclosed\": could not parse expression: "
                           "1:34: parse error: unexpected end of input in aggregation"};
        QTest::newRow("yaml syntax")
            << "bad_yaml.rules.yml" << QStringList{"7:8: yaml: end of sequence not found"};
    }
    void badFiles()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, errors);
        const RuleLoader::Outcome out = RuleLoader::loadFile(LoaderDir + file);
        QStringList got;
        for (const Error &e : out.errors) {
            QCOMPARE(e.file, LoaderDir + file);
            got << e.toString().mid(LoaderDir.size() + file.size() + 1);
        }
        QCOMPARE(got, errors);
    }

    void missingFile()
    {
        const RuleLoader::Outcome out =
            RuleLoader::loadFile(LoaderDir + QStringLiteral("nope.yml"));
        QCOMPARE(out.errors.size(), 1);
        QVERIFY(out.errors.first().message.startsWith(QStringLiteral("cannot read the rule file")));
    }
};

QTEST_GUILESS_MAIN(TestRuleLoader)
#include "tst_ruleloader.moc"
