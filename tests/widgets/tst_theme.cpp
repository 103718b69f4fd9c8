#include "widgets/colourvision.h"
#include "widgets/stattile.h"
#include "widgets/theme.h"
#include "widgets/thememanager.h"
#include "widgets/timeserieschart.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace Wk;
using Deficiency = ColourVision::Deficiency;

Q_DECLARE_METATYPE(Wk::Theme)
Q_DECLARE_METATYPE(Wk::ColourVision::Deficiency)

class TestTheme : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { ThemeManager::instance()->setVariant(Theme::Variant::Desktop); }
    void statusColoursApartForColourBlindReaders_data();
    void statusColoursApartForColourBlindReaders();
    void readableText_data();
    void readableText();
    void statusNeverByColourAlone();
    void wallTypeIsLarger();
    void simulationSanity();
    void switchingRestylesLiveWidgets();
};

void TestTheme::statusColoursApartForColourBlindReaders_data()
{
    QTest::addColumn<Theme>("theme");
    QTest::addColumn<Deficiency>("deficiency");
    const QList<QPair<const char *, Deficiency>> kinds{{"normal vision", Deficiency::None},
                                                       {"protanopia", Deficiency::Protanopia},
                                                       {"deuteranopia", Deficiency::Deuteranopia},
                                                       {"tritanopia", Deficiency::Tritanopia}};
    for (const Theme &t : {Theme::desktop(), Theme::wall()})
        for (const auto &[name, d] : kinds)
            QTest::addRow("%s, %s", qPrintable(t.name), name) << t << d;
}

void TestTheme::statusColoursApartForColourBlindReaders()
{
    QFETCH(Theme, theme);
    QFETCH(Deficiency, deficiency);
    const QList<HealthStatus> all{HealthStatus::Healthy, HealthStatus::Degraded,
                                  HealthStatus::Unhealthy, HealthStatus::Unknown};
    // CIE76 difference of 15 is an obvious difference at a glance (2.3 is just noticeable).
    for (qsizetype i = 0; i < all.size(); ++i) {
        for (qsizetype j = i + 1; j < all.size(); ++j) {
            const QColor a = ColourVision::simulate(theme.statusColour(all[i]), deficiency);
            const QColor b = ColourVision::simulate(theme.statusColour(all[j]), deficiency);
            const double d = ColourVision::deltaE(a, b);
            QVERIFY2(d >= 15,
                     qPrintable(QStringLiteral("%1 vs %2: deltaE %3")
                                    .arg(healthStatusText(all[i]), healthStatusText(all[j]))
                                    .arg(d)));
        }
    }
    // Series lines next to each other must differ too.
    for (qsizetype i = 0; i + 1 < theme.series.size() && i < 4; ++i) {
        const double d =
            ColourVision::deltaE(ColourVision::simulate(theme.series[i], deficiency),
                                 ColourVision::simulate(theme.series[i + 1], deficiency));
        QVERIFY2(d >= 10, qPrintable(QStringLiteral("series %1/%2: %3").arg(i).arg(i + 1).arg(d)));
    }
}

void TestTheme::readableText_data()
{
    QTest::addColumn<Theme>("theme");
    QTest::addColumn<double>("minimum");
    // WCAG AA for the desktop; AAA (7:1) on the wall, read from across a room.
    QTest::newRow("desktop") << Theme::desktop() << 4.5;
    QTest::newRow("wall") << Theme::wall() << 7.0;
}

void TestTheme::readableText()
{
    QFETCH(Theme, theme);
    QFETCH(double, minimum);
    for (const QColor &bg : {theme.surface, theme.window}) {
        QVERIFY(ColourVision::contrastRatio(theme.text, bg) >= minimum);
        QVERIFY(ColourVision::contrastRatio(theme.textMuted, bg) >= minimum);
    }
    for (HealthStatus s : {HealthStatus::Healthy, HealthStatus::Degraded, HealthStatus::Unhealthy,
                           HealthStatus::Unknown})
        QVERIFY2(ColourVision::contrastRatio(theme.onStatus, theme.statusColour(s)) >= 4.5,
                 qPrintable(healthStatusText(s)));
    // Lines must stand out from the plot background (WCAG 1.4.11 asks 3:1 of graphics).
    for (int i = 0; i < 3; ++i)
        QVERIFY(ColourVision::contrastRatio(theme.series.at(i), theme.surface) >= 3.0);
}

void TestTheme::statusNeverByColourAlone()
{
    QSet<QString> glyphs;
    QSet<QString> words;
    for (HealthStatus s : {HealthStatus::Healthy, HealthStatus::Degraded, HealthStatus::Unhealthy,
                           HealthStatus::Unknown}) {
        glyphs.insert(Theme::statusGlyph(s));
        words.insert(healthStatusText(s));
        QVERIFY(Theme::statusLabel(s).startsWith(Theme::statusGlyph(s)));
        QVERIFY(Theme::statusLabel(s).endsWith(healthStatusText(s)));
    }
    QCOMPARE(glyphs.size(), 4);
    QCOMPARE(words.size(), 4);
    QCOMPARE(Theme::statusGlyph(HealthStatus::Unhealthy), QStringLiteral("\u2716"));
}

void TestTheme::wallTypeIsLarger()
{
    const Theme d = Theme::desktop();
    const Theme w = Theme::wall();
    QVERIFY(w.dark && !d.dark);
    QVERIFY(w.normalPt >= 2 * d.normalPt);
    QVERIFY(w.axisPt >= 2 * d.axisPt);
    QVERIFY(w.titlePt >= 2 * d.titlePt);
    QVERIFY(w.bigPt >= 2 * d.bigPt);
    QVERIFY(w.lineWidth >= 2 * d.lineWidth);
}

void TestTheme::simulationSanity()
{
    // Red and green, told apart with normal vision, collapse for deuteranopes: the check can fail.
    const QColor red(0xD0, 0x30, 0x30);
    const QColor green(0x30, 0x90, 0x30);
    QVERIFY(ColourVision::deltaE(red, green) > 50);
    QVERIFY(ColourVision::deltaE(ColourVision::simulate(red, Deficiency::Deuteranopia),
                                 ColourVision::simulate(green, Deficiency::Deuteranopia)) < 15);
    QCOMPARE(ColourVision::contrastRatio(Qt::black, Qt::white), 21.0);
}

void TestTheme::switchingRestylesLiveWidgets()
{
    StatTile tile;
    tile.setTitle(QStringLiteral("Uptime"));
    TimeSeriesChart chart;
    chart.setTitle(QStringLiteral("Latency"));
    auto *title = chart.findChild<QLabel *>();
    QVERIFY(title);
    const QSize desktopHint = tile.sizeHint();
    const int desktopPt = title->font().pointSize();
    QCOMPARE(desktopPt, Theme::desktop().titlePt);

    QSignalSpy spy(ThemeManager::instance(), &ThemeManager::themeChanged);
    ThemeManager::instance()->setVariant(Theme::Variant::Wall);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(ThemeManager::current().name, QStringLiteral("wall"));
    QCOMPARE(title->font().pointSize(), Theme::wall().titlePt);
    QVERIFY(tile.sizeHint().height() > desktopHint.height() * 3 / 2);
    QCOMPARE(chart.palette().color(QPalette::Window), Theme::wall().surface);
}

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
