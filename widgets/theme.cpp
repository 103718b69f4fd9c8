#include "widgets/theme.h"

#include <QApplication>

namespace Wk {

namespace {

// Okabe & Ito (2008), "Color Universal Design": hues that stay distinct for protan, deutan and
// tritan readers.
const QColor okabeOrange(0xE6, 0x9F, 0x00);
const QColor okabeSkyBlue(0x56, 0xB4, 0xE9);
const QColor okabeBluishGreen(0x00, 0x9E, 0x73);
const QColor okabeYellow(0xF0, 0xE4, 0x42);
const QColor okabeBlue(0x00, 0x72, 0xB2);
const QColor okabeVermillion(0xD5, 0x5E, 0x00);
const QColor okabeReddishPurple(0xCC, 0x79, 0xA7);

} // namespace

Theme Theme::desktop()
{
    Theme t;
    t.variant = Variant::Desktop;
    t.name = QStringLiteral("desktop");
    t.dark = false;
    t.window = QColor(0xF4, 0xF5, 0xF7);
    t.surface = QColor(0xFF, 0xFF, 0xFF);
    t.text = QColor(0x1B, 0x1F, 0x24);
    t.textMuted = QColor(0x57, 0x60, 0x6A);
    t.grid = QColor(0xE3, 0xE6, 0xEA);
    t.axis = QColor(0x8C, 0x95, 0x9F);
    t.border = QColor(0xD0, 0xD7, 0xDE);
    t.accent = okabeBlue;
    t.staleWash = QColor(0xF4, 0xF5, 0xF7, 160);
    t.healthy = okabeBluishGreen;
    t.degraded = okabeOrange;
    t.unhealthy = okabeVermillion;
    t.unknown = QColor(0x9A, 0xA1, 0xA9);
    t.onStatus = QColor(0x00, 0x00, 0x00);
    t.target = QColor(0x1B, 0x1F, 0x24);
    // Okabe-Ito hues, darkened where needed to give lines 3:1 contrast on white.
    t.series = {okabeBlue,
                QColor(0xB0, 0x7A, 0x00),
                QColor(0x00, 0x80, 0x60),
                QColor(0xA8, 0x53, 0x7F),
                QColor(0x2C, 0x8F, 0xC9),
                okabeVermillion,
                QColor(0x4D, 0x4D, 0x4D)};
    t.smallPt = 8;
    t.normalPt = 10;
    t.axisPt = 8;
    t.titlePt = 11;
    t.bigPt = 28;
    t.lineWidth = 1.0;
    t.thresholdLineWidth = 1.0;
    t.spacing = 6;
    t.padding = 8;
    t.radius = 4;
    t.tileWidth = 260;
    t.tileHeight = 118;
    t.antialiasCharts = true;
    return t;
}

Theme Theme::wall()
{
    Theme t;
    t.variant = Variant::Wall;
    t.name = QStringLiteral("wall");
    t.dark = true;
    t.window = QColor(0x0B, 0x0E, 0x13);
    t.surface = QColor(0x15, 0x1A, 0x21);
    t.text = QColor(0xF2, 0xF4, 0xF7);
    t.textMuted = QColor(0xB4, 0xBD, 0xC8);
    t.grid = QColor(0x2A, 0x31, 0x3B);
    t.axis = QColor(0x6B, 0x76, 0x82);
    t.border = QColor(0x34, 0x3D, 0x49);
    t.accent = okabeSkyBlue;
    t.staleWash = QColor(0x0B, 0x0E, 0x13, 160);
    t.healthy = okabeBluishGreen;
    t.degraded = okabeOrange;
    t.unhealthy = okabeVermillion;
    t.unknown = QColor(0x9A, 0xA1, 0xA9);
    t.onStatus = QColor(0x00, 0x00, 0x00);
    t.target = QColor(0xF2, 0xF4, 0xF7);
    t.series = {okabeSkyBlue,       okabeOrange,     okabeBluishGreen,        okabeYellow,
                okabeReddishPurple, okabeVermillion, QColor(0xE6, 0xE6, 0xE6)};
    // Type and strokes sized to be read from across a room (about 2.2x the desktop sizes).
    t.smallPt = 18;
    t.normalPt = 22;
    t.axisPt = 18;
    t.titlePt = 26;
    t.bigPt = 64;
    t.lineWidth = 3.0;
    t.thresholdLineWidth = 2.0;
    t.spacing = 12;
    t.padding = 16;
    t.radius = 8;
    t.tileWidth = 540;
    t.tileHeight = 250;
    t.antialiasCharts = true;
    return t;
}

QColor Theme::statusColour(HealthStatus s) const
{
    switch (s) {
    case HealthStatus::Healthy:
        return healthy;
    case HealthStatus::Degraded:
        return degraded;
    case HealthStatus::Unhealthy:
        return unhealthy;
    case HealthStatus::Unknown:
        break;
    }
    return unknown;
}

QColor Theme::seriesColour(int index) const
{
    if (series.isEmpty())
        return text;
    const int n = int(series.size());
    return series.at(((index % n) + n) % n);
}

QFont Theme::font(int pointSize, bool bold) const
{
    QFont f = fontFamily.isEmpty() ? QApplication::font() : QFont(fontFamily);
    f.setPointSize(pointSize);
    f.setBold(bold);
    return f;
}

QPalette Theme::palette() const
{
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, surface);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::PlaceholderText, textMuted);
    p.setColor(QPalette::Button, surface);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, surface);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Highlight, accent);
    p.setColor(QPalette::HighlightedText, dark ? QColor(Qt::black) : QColor(Qt::white));
    p.setColor(QPalette::Mid, border);
    p.setColor(QPalette::Dark, axis);
    p.setColor(QPalette::Disabled, QPalette::Text, textMuted);
    p.setColor(QPalette::Disabled, QPalette::WindowText, textMuted);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, textMuted);
    return p;
}

QString Theme::statusGlyph(HealthStatus s)
{
    switch (s) {
    case HealthStatus::Healthy:
        return QStringLiteral("\u2714");
    case HealthStatus::Degraded:
        return QStringLiteral("\u25B2");
    case HealthStatus::Unhealthy:
        return QStringLiteral("\u2716");
    case HealthStatus::Unknown:
        break;
    }
    return QStringLiteral("?");
}

QString Theme::statusLabel(HealthStatus s)
{
    return statusGlyph(s) + QLatin1Char(' ') + healthStatusText(s);
}

} // namespace Wk
