#include "models/alerts/inhibitrule.h"
#include "models/alerts/matcherlist.h"

#include <QTest>

using namespace Wk;

namespace {

Labels alert(const QString &name, const QString &instance, const QString &severity = {})
{
    Labels l{{QStringLiteral("alertname"), name}};
    if (!instance.isEmpty())
        l.set(QStringLiteral("instance"), instance);
    if (!severity.isEmpty())
        l.set(QStringLiteral("severity"), severity);
    return l;
}

} // namespace

class TestInhibitRule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("sourceInstance");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("targetInstance");
        QTest::addColumn<bool>("inhibited");
        QTest::newRow("SystemDown -> PerformanceDegradation, same instance")
            << "SystemDown"
            << "api:8080"
            << "PerformanceDegradation"
            << "api:8080" << true;
        QTest::newRow("DatabaseUnavailable -> HighErrorRate, same instance")
            << "DatabaseUnavailable"
            << "api:8080"
            << "HighErrorRate"
            << "api:8080" << true;
        QTest::newRow("DatabaseUnavailable -> CacheMissRateHigh") << "DatabaseUnavailable"
                                                                  << "api:8080"
                                                                  << "CacheMissRateHigh"
                                                                  << "api:8080" << true;
        QTest::newRow("other instance is not inhibited") << "SystemDown"
                                                         << "api:8080"
                                                         << "HighErrorRate"
                                                         << "api:9090" << false;
        QTest::newRow("instance missing on both counts as equal") << "SystemDown"
                                                                  << ""
                                                                  << "HighErrorRate"
                                                                  << "" << true;
        QTest::newRow("instance missing on one side is not equal") << "SystemDown"
                                                                   << "api:8080"
                                                                   << "HighErrorRate"
                                                                   << "" << false;
        QTest::newRow("disk is not a consequence") << "SystemDown"
                                                   << "api:8080"
                                                   << "DiskSpaceWarning"
                                                   << "api:8080" << false;
        QTest::newRow("the source is never a target") << "SystemDown"
                                                      << "api:8080"
                                                      << "DatabaseUnavailable"
                                                      << "api:8080" << false;
        QTest::newRow("a performance alert inhibits nothing") << "PerformanceDegradation"
                                                              << "api:8080"
                                                              << "HighErrorRate"
                                                              << "api:8080" << false;
    }
    void defaults()
    {
        QFETCH(QString, source);
        QFETCH(QString, sourceInstance);
        QFETCH(QString, target);
        QFETCH(QString, targetInstance);
        QFETCH(bool, inhibited);
        const QList<InhibitRule> rules = InhibitRule::defaults();
        QCOMPARE(rules.size(), 1);
        QCOMPARE(
            rules.first().inhibits(alert(source, sourceInstance), alert(target, targetInstance)),
            inhibited);
    }

    void twoSidedMatchDoesNotInhibitItself()
    {
        // Alertmanager: an alert matching both sides does not inhibit another matching both.
        InhibitRule r;
        r.sourceMatchers << LabelMatcher::parse(QStringLiteral("severity=~\"critical|high\""));
        r.targetMatchers << LabelMatcher::parse(QStringLiteral("severity=~\"high|medium\""));
        r.equal << QStringLiteral("instance");
        QVERIFY(
            r.inhibits(alert(QStringLiteral("A"), QStringLiteral("x"), QStringLiteral("critical")),
                       alert(QStringLiteral("B"), QStringLiteral("x"), QStringLiteral("high"))));
        QVERIFY(
            !r.inhibits(alert(QStringLiteral("A"), QStringLiteral("x"), QStringLiteral("high")),
                        alert(QStringLiteral("B"), QStringLiteral("x"), QStringLiteral("high"))));
        QVERIFY(
            r.inhibits(alert(QStringLiteral("A"), QStringLiteral("x"), QStringLiteral("high")),
                       alert(QStringLiteral("B"), QStringLiteral("x"), QStringLiteral("medium"))));
    }

    void parse_data()
    {
        QTest::addColumn<QString>("yaml");
        QTest::addColumn<int>("rules");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("equal");
        QTest::addColumn<QString>("error");
        QTest::newRow("matchers, as Alertmanager 0.22+")
            << "inhibit_rules:\n"
               "  - source_matchers: ['alertname=\"SystemDown\"']\n"
               "    target_matchers:\n"
               "      - alertname=~\"PerformanceDegradation|HighErrorRate\"\n"
               "      - severity!=\"critical\"\n"
               "    equal: [instance, job]\n"
            << 1 << "{alertname=\"SystemDown\"}"
            << "{alertname=~\"PerformanceDegradation|HighErrorRate\", severity!=\"critical\"}"
            << "instance,job"
            << "";
        QTest::newRow("older match and match_re maps")
            << "- source_match: {severity: critical}\n"
               "  target_match_re: {severity: 'high|medium'}\n"
               "  equal: [instance]\n"
            << 1 << "{severity=\"critical\"}"
            << "{severity=~\"high|medium\"}"
            << "instance"
            << "";
        QTest::newRow("brace list in one string")
            << "- source_matchers: ['{alertname=\"A\", job=\"x\"}']\n  target_matchers: [b=c]\n"
            << 1 << "{alertname=\"A\", job=\"x\"}"
            << "{b=\"c\"}"
            << ""
            << "";
        QTest::newRow("empty key") << "inhibit_rules:\n"
                                   << 0 << ""
                                   << ""
                                   << ""
                                   << "";
        QTest::newRow("unknown field names its line")
            << "inhibit_rules:\n  - source_matchers: [a=b]\n    targets: [c=d]\n"
            << 0 << ""
            << ""
            << ""
            << ":3:5: unknown field targets";
        QTest::newRow("bad matcher names its line")
            << "inhibit_rules:\n  - source_matchers: [a=b]\n    target_matchers: ['c=~\"(\"']\n"
            << 0 << ""
            << ""
            << ""
            << ":3:";
        QTest::newRow("not a list") << "inhibit_rules: {a: b}\n"
                                    << 0 << ""
                                    << ""
                                    << ""
                                    << "must be a list";
    }
    void parse()
    {
        QFETCH(QString, yaml);
        QFETCH(int, rules);
        QFETCH(QString, source);
        QFETCH(QString, target);
        QFETCH(QString, equal);
        QFETCH(QString, error);
        const Result<QList<InhibitRule>> r =
            InhibitRule::parseYaml(yaml.toUtf8(), QStringLiteral("workspace.yml"));
        if (!error.isEmpty()) {
            QVERIFY(!r);
            QVERIFY2(r.error().toString().contains(error), qPrintable(r.error().toString()));
            return;
        }
        QVERIFY2(r, r ? "" : qPrintable(r.error().toString()));
        QCOMPARE(int(r.value().size()), rules);
        if (rules == 0)
            return;
        QCOMPARE(matcherListToString(r.value().first().sourceMatchers), source);
        QCOMPARE(matcherListToString(r.value().first().targetMatchers), target);
        QCOMPARE(r.value().first().equal.join(u','), equal);
    }
};

QTEST_GUILESS_MAIN(TestInhibitRule)
#include "tst_inhibitrule.moc"
