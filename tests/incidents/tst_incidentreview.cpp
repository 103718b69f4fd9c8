#include "incidenttestutil.h"
#include "models/incidents/incidentdemo.h"
#include "models/incidents/incidentreview.h"

#include <QFile>
#include <QTest>

using namespace Wk;
using namespace IncidentTest;

namespace {

// 2023-11-17 22:13:20 UTC: three days after the demo P1 opened.
constexpr qint64 Now = T0 + 3 * 24 * Hour;

QString golden()
{
    return QStringLiteral(WK_TEST_DATA_DIR "/incidents/demo-review.md");
}

} // namespace

class TestIncidentReview : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_repo = openRepository(QStringLiteral(":memory:"), &m_clock, QStringLiteral("demo"));
        QVERIFY(m_repo);
        m_clock.setNow(Now);
        m_p1 = IncidentDemo::populate(m_repo.get(), Now);
        QVERIFY(m_p1 > 0);
        m_markdown = IncidentReview::toMarkdown(*m_repo->incident(m_p1), Now);
        QFile out(QDir::temp().filePath(QStringLiteral("incident-review.md")));
        if (out.open(QIODevice::WriteOnly))
            out.write(m_markdown.toUtf8());
    }

    void demoFillsEveryColumn()
    {
        QSet<IncidentStage> stages;
        for (const Incident &inc : m_repo->incidents())
            stages.insert(inc.stage);
        QCOMPARE(stages.size(), IncidentStages::all().size());
    }

    void sections_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("title") << "# Post-incident review: INC-2 \u2014 Database unavailable: API "
                                  "cannot reach the PostgreSQL primary\n";
        QTest::newRow("severity with the guide's impact")
            << "| Severity | P1 Critical (Complete service outage) |";
        QTest::newRow("commander") << "| Incident commander | maria.lopez |";
        QTest::newRow("responders") << "| Responders | dev.patel, sam.okafor |";
        QTest::newRow("summary names the alerts")
            << "after the alerts DatabaseUnavailable and HighErrorRate fired.";
        QTest::newRow("summary: acknowledged in time")
            << "It was acknowledged by maria.lopez after 3 min (target 5 min, met).";
        QTest::newRow("summary: resolved in time")
            << "Service was restored after 38 min (target 1 h, met).";
        QTest::newRow("summary: action items") << "Action items done: 1 of 3.";
        QTest::newRow("impact") << "1,240 inbound calls went to the fallback voicemail";
        QTest::newRow("response against target")
            << "| Acknowledged (response) | 2023-11-14 22:16:20 UTC | 3 min | 5 min | \u2714 met |";
        QTest::newRow("resolution against target")
            << "| Resolved (resolution) | 2023-11-14 22:51:20 UTC | 38 min | 1 h | \u2714 met |";
        QTest::newRow("time in response") << "| Response | 27 min |";
        QTest::newRow("timeline entry with who and when")
            << "| 2023-11-14 22:32:20 UTC | sam.okafor | Note | Root cause: the deploy ten "
               "minutes before";
        QTest::newRow("alert resolution on the timeline")
            << "| 2023-11-14 22:48:20 UTC | watchkeeper | Alert resolved | DatabaseUnavailable on "
               "api-1:3000 resolved |";
        QTest::newRow("linked alert")
            << "| DatabaseUnavailable: Database health check fails | api-1:3000 | critical | "
               "resolved |";
        QTest::newRow("open action item")
            << "| 1 | Put PgBouncer in front of every API worker pool | dev.patel | 2023-11-29 | "
               "\u2610 open |";
        QTest::newRow("done action item") << "| sam.okafor | 2023-11-22 | \u2714 done |";
        QTest::newRow("communication ticked")
            << "- [x] Phone: call the on-call chain (critical incidents) (internal): done by "
               "maria.lopez at 2023-11-14 22:20:20 UTC";
        QTest::newRow("pipes in text are escaped") << "\\|";
    }
    void sections()
    {
        QFETCH(QString, text);
        if (text == QLatin1String("\\|")) {
            Incident inc = *m_repo->incident(m_p1);
            inc.commander = QStringLiteral("a | b");
            QVERIFY(IncidentReview::toMarkdown(inc, Now).contains(QStringLiteral("a \\| b")));
            return;
        }
        QVERIFY2(m_markdown.contains(text), qPrintable(text));
    }

    // The whole review, as a reader gets it (tests/data/incidents/demo-review.md).
    void matchesTheReviewedText()
    {
        QFile file(golden());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(golden()));
        QCOMPARE(m_markdown, QString::fromUtf8(file.readAll()));
    }

    void openIncidentSaysWhatIsMissing()
    {
        Incident inc;
        inc.id = 9;
        inc.title = QStringLiteral("Login failures");
        inc.severity = IncidentSeverity::P1;
        inc.createdMs = Now - 8 * Minute;
        inc.createdBy = QStringLiteral("watchkeeper");
        const QString md = IncidentReview::toMarkdown(inc, Now);
        QVERIFY(md.contains(QStringLiteral("It has not been acknowledged.")));
        QVERIFY(md.contains(QStringLiteral("\u2716 breached, still open (3 min over)")));
        QVERIFY(md.contains(QStringLiteral("No impact summary was written.")));
        QVERIFY(md.contains(QStringLiteral("- [ ] Social media: post for a major incident "
                                           "(external): not done")));
    }

    void durations_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::newRow("seconds") << 45 * Second << "45 s";
        QTest::newRow("minutes and seconds") << 3 * Minute + 5 * Second << "3 min 5 s";
        QTest::newRow("whole minutes") << 38 * Minute << "38 min";
        QTest::newRow("hours and minutes") << Hour + 5 * Minute << "1 h 5 min";
        QTest::newRow("days and hours") << 51 * Hour << "2 d 3 h";
    }
    void durations()
    {
        QFETCH(qint64, ms);
        QTEST(IncidentReview::formatDuration(ms), "text");
    }

private:
    ManualClock m_clock{T0};
    std::unique_ptr<IncidentRepository> m_repo;
    qint64 m_p1 = 0;
    QString m_markdown;
};

QTEST_GUILESS_MAIN(TestIncidentReview)
#include "tst_incidentreview.moc"
