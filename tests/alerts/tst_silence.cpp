#include "models/alerts/matcherlist.h"
#include "models/alerts/silence.h"

#include <QTest>

using namespace Wk;

namespace {

constexpr qint64 T0 = 1'700'000'000'000;
constexpr qint64 Minute = 60'000;

Labels labels(std::initializer_list<Label> l)
{
    return Labels(l);
}

Silence validSilence()
{
    Silence s;
    s.matchers << LabelMatcher(QStringLiteral("alertname"), LabelMatcher::Op::Equal,
                               QStringLiteral("HighErrorRate"));
    s.startsAtMs = T0;
    s.endsAtMs = T0 + 60 * Minute;
    s.createdBy = QStringLiteral("alice");
    s.comment = QStringLiteral("deploying the fix, INC-42");
    return s;
}

} // namespace

class TestSilence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void state_data()
    {
        QTest::addColumn<qint64>("at");
        QTest::addColumn<QString>("state");
        QTest::newRow("a minute before start") << T0 - Minute << "pending";
        QTest::newRow("1 ms before start") << T0 - 1 << "pending";
        QTest::newRow("exactly at start") << T0 << "active";
        QTest::newRow("half way") << T0 + 30 * Minute << "active";
        QTest::newRow("1 ms before end") << T0 + 60 * Minute - 1 << "active";
        QTest::newRow("exactly at end") << T0 + 60 * Minute << "expired";
        QTest::newRow("a day later") << T0 + 24 * 60 * Minute << "expired";
    }
    void state()
    {
        QFETCH(qint64, at);
        QFETCH(QString, state);
        QCOMPARE(Silence::stateName(validSilence().stateAt(at)), state);
        QCOMPARE(Silence::stateFromName(state).has_value(), true);
    }

    void matching_data()
    {
        QTest::addColumn<QString>("matcher");
        QTest::addColumn<QString>("instance");
        QTest::addColumn<bool>("matches");
        QTest::newRow("= same") << "instance=\"db-1:9100\""
                                << "db-1:9100" << true;
        QTest::newRow("= other") << "instance=\"db-1:9100\""
                                 << "db-2:9100" << false;
        QTest::newRow("= empty matches missing label") << "instance=\"\""
                                                       << "" << true;
        QTest::newRow("!= other") << "instance!=\"db-1:9100\""
                                  << "db-2:9100" << true;
        QTest::newRow("!= same") << "instance!=\"db-1:9100\""
                                 << "db-1:9100" << false;
        QTest::newRow("=~ anchored match") << "instance=~\"db-.*\""
                                           << "db-7:9100" << true;
        QTest::newRow("=~ is anchored") << "instance=~\"db\""
                                        << "db-7:9100" << false;
        QTest::newRow("=~ alternation") << "instance=~\"web|db-7:9100\""
                                        << "db-7:9100" << true;
        QTest::newRow("!~ match") << "instance!~\"db-.*\""
                                  << "db-7:9100" << false;
        QTest::newRow("!~ no match") << "instance!~\"db-.*\""
                                     << "web-1:80" << true;
        QTest::newRow("!~ missing label is empty") << "instance!~\".+\""
                                                   << "" << true;
    }
    void matching()
    {
        QFETCH(QString, matcher);
        QFETCH(QString, instance);
        QFETCH(bool, matches);
        Silence s = validSilence();
        const LabelMatcher m = LabelMatcher::parse(matcher);
        QVERIFY2(m.isValid(), qPrintable(m.error()));
        s.matchers << m;
        Labels l{{QStringLiteral("alertname"), QStringLiteral("HighErrorRate")}};
        if (!instance.isEmpty())
            l.set(QStringLiteral("instance"), instance);
        QCOMPARE(s.matches(l), matches);
        // The alertname matcher must still hold: another alert never matches.
        l.set(QStringLiteral("alertname"), QStringLiteral("SystemDown"));
        QCOMPARE(s.matches(l), false);
    }

    void validation_data()
    {
        QTest::addColumn<int>("change");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("valid") << 0 << "";
        QTest::newRow("no comment") << 1 << "needs a comment";
        QTest::newRow("blank comment") << 2 << "needs a comment";
        QTest::newRow("no matchers") << 3 << "at least one matcher";
        QTest::newRow("only empty-matching matchers") << 4 << "must not match the empty string";
        QTest::newRow("end before start") << 5 << "end after it starts";
        QTest::newRow("end in the past") << 6 << "must not be in the past";
        QTest::newRow("no creator") << 7 << "creator";
        QTest::newRow("bad regex") << 8 << "invalid regular expression";
    }
    void validation()
    {
        QFETCH(int, change);
        QFETCH(QString, messagePart);
        Silence s = validSilence();
        qint64 now = T0 + Minute;
        switch (change) {
        case 1:
            s.comment.clear();
            break;
        case 2:
            s.comment = QStringLiteral("   ");
            break;
        case 3:
            s.matchers.clear();
            break;
        case 4:
            s.matchers = {LabelMatcher(QStringLiteral("instance"), LabelMatcher::Op::RegexMatch,
                                       QStringLiteral(".*"))};
            break;
        case 5:
            s.endsAtMs = s.startsAtMs - 1;
            break;
        case 6:
            now = s.endsAtMs + 1;
            break;
        case 7:
            s.createdBy.clear();
            break;
        case 8:
            s.matchers << LabelMatcher(QStringLiteral("job"), LabelMatcher::Op::RegexMatch,
                                       QStringLiteral("(unclosed"));
            break;
        }
        const std::optional<Error> err = s.validate(now);
        if (messagePart.isEmpty()) {
            QVERIFY2(!err, err ? qPrintable(err->message) : "");
        } else {
            QVERIFY(err);
            QVERIFY2(err->message.contains(messagePart), qPrintable(err->message));
        }
    }

    void expiresWithin()
    {
        const Silence s = validSilence();
        QVERIFY(!s.expiresWithin(T0 + 54 * Minute, 5 * Minute));
        QVERIFY(s.expiresWithin(T0 + 55 * Minute, 5 * Minute));
        QVERIFY(!s.expiresWithin(T0 + 60 * Minute, 5 * Minute)); // expired, not expiring
        QVERIFY(!s.expiresWithin(T0 - 1, 120 * Minute));         // pending
    }

    void fromAlert()
    {
        const Labels l{{QStringLiteral("alertname"), QStringLiteral("DatabaseUnavailable")},
                       {QStringLiteral("instance"), QStringLiteral("api:8080")},
                       {QStringLiteral("job"), QStringLiteral("cloudgreet")},
                       {QStringLiteral("severity"), QStringLiteral("critical")}};
        const Silence s = Silence::fromAlert(l, QStringLiteral("bob"), T0, 2 * 60 * Minute);
        QCOMPARE(matcherListToString(s.matchers),
                 QStringLiteral("{alertname=\"DatabaseUnavailable\", instance=\"api:8080\"}"));
        QCOMPARE(s.endsAtMs - s.startsAtMs, 2 * 60 * Minute);
        QCOMPARE(s.createdBy, QStringLiteral("bob"));
        QVERIFY(s.comment.isEmpty()); // the user must write one
        QVERIFY(s.validate(T0));

        const Silence onlyName =
            Silence::fromAlert(Labels{{QStringLiteral("alertname"), QStringLiteral("X")}},
                               QStringLiteral("bob"), T0, Minute);
        QCOMPARE(onlyName.matchers.size(), 1);
    }

    void acknowledgementComment()
    {
        Silence s = validSilence();
        QVERIFY(!s.isAcknowledgement());
        s.comment = QStringLiteral("ACK! looking into it");
        QVERIFY(s.isAcknowledgement());
        s.comment = QStringLiteral(" ACK! with a space first");
        QVERIFY(!s.isAcknowledgement());
    }

    void matcherList_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("normalized");
        QTest::addColumn<bool>("ok");
        QTest::newRow("one") << "alertname=X"
                             << "{alertname=\"X\"}" << true;
        QTest::newRow("braces and spaces") << "{ alertname = \"X\" , instance=~\"db.*\" }"
                                           << "{alertname=\"X\", instance=~\"db.*\"}" << true;
        QTest::newRow("comma inside quotes") << "job=\"a,b\""
                                             << "{job=\"a,b\"}" << true;
        QTest::newRow("escaped quote") << "summary=\"say \\\"hi\\\"\""
                                       << "{summary=\"say \\\"hi\\\"\"}" << true;
        QTest::newRow("trailing comma") << "{a=\"1\",}"
                                        << "{a=\"1\"}" << true;
        QTest::newRow("empty") << "{}"
                               << "{}" << true;
        QTest::newRow("not a matcher") << "alertname"
                                       << "" << false;
        QTest::newRow("unterminated quote") << "a=\"x"
                                            << "" << false;
        QTest::newRow("missing brace") << "{a=\"x\""
                                       << "" << false;
        QTest::newRow("bad regex") << "a=~\"(\""
                                   << "" << false;
    }
    void matcherList()
    {
        QFETCH(QString, text);
        QFETCH(QString, normalized);
        QFETCH(bool, ok);
        const Result<LabelMatchers> r = parseMatcherList(text);
        QCOMPARE(r.ok(), ok);
        if (ok)
            QCOMPARE(matcherListToString(r.value()), normalized);
        else
            QVERIFY(!r.error().message.isEmpty());
    }

    void newIdsAreUuids()
    {
        const QString a = Silence::newId();
        const QString b = Silence::newId();
        QCOMPARE(a.size(), 36);
        QVERIFY(a != b);
        QVERIFY(!a.startsWith(u'{'));
        Q_UNUSED(labels({}));
    }
};

QTEST_GUILESS_MAIN(TestSilence)
#include "tst_silence.moc"
