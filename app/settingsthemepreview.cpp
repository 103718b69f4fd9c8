#include "settingsthemepreview.h"

#include "widgets/units.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace Wk {

SettingsThemePreview::SettingsThemePreview(const Theme &theme, const QString &caption,
                                           QWidget *parent)
    : QAbstractButton(parent)
    , m_theme(theme)
{
    setCheckable(true);
    setAutoExclusive(true);
    setText(caption);
    setAccessibleName(caption);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
}

QSize SettingsThemePreview::sizeHint() const
{
    return {300, 200};
}

void SettingsThemePreview::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const Theme &t = m_theme;
    const int captionHeight = fontMetrics().height() + 10;
    const QRectF area = QRectF(rect()).adjusted(3, 3, -3, -3 - captionHeight);

    // The frame: the accent when chosen, the focus ring when focused.
    const QPalette &pal = palette();
    QPen frame(isChecked() ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid),
               isChecked() ? 3 : 1);
    p.setPen(frame);
    p.setBrush(t.window);
    p.drawRoundedRect(area, 6, 6);

    // Type in the preview keeps the themes' proportions at a third of their size.
    const auto themeFont = [&](int pt, bool bold) {
        QFont f = t.font(pt, bold);
        f.setPointSizeF(std::max(6.5, pt * 0.45));
        return f;
    };
    const qreal pad = 10;
    const qreal tileW = (area.width() - 3 * pad) / 2;
    const qreal tileH = area.height() - 2 * pad;
    const struct
    {
        QString title;
        QString value;
        HealthStatus status;
        QList<qreal> points;
    } tiles[] = {
        {tr("Requests / s"),
         QLocale().toString(1284),
         HealthStatus::Healthy,
         {0.4, 0.5, 0.45, 0.6, 0.55, 0.7, 0.65, 0.75}},
        {tr("Error rate"),
         formatValue(0.024, Unit::PercentRatio),
         HealthStatus::Degraded,
         {0.2, 0.25, 0.2, 0.4, 0.6, 0.5, 0.7, 0.8}},
    };
    for (int i = 0; i < 2; ++i) {
        const QRectF tile(area.left() + pad + i * (tileW + pad), area.top() + pad, tileW, tileH);
        p.setPen(QPen(t.border, 1));
        p.setBrush(t.surface);
        p.drawRoundedRect(tile, t.radius, t.radius);
        const QRectF inner = tile.adjusted(8, 6, -8, -6);
        p.setPen(t.textMuted);
        p.setFont(themeFont(t.titlePt, false));
        p.drawText(inner, Qt::AlignLeft | Qt::AlignTop,
                   p.fontMetrics().elidedText(tiles[i].title, Qt::ElideRight, int(inner.width())));
        p.setPen(t.text);
        p.setFont(themeFont(t.bigPt, true));
        p.drawText(inner.adjusted(0, inner.height() * 0.18, 0, 0), Qt::AlignLeft | Qt::AlignTop,
                   tiles[i].value);
        // Status: a word and a glyph with the colour, never the colour alone.
        p.setPen(t.statusColour(tiles[i].status));
        p.setFont(themeFont(t.normalPt, true));
        p.drawText(inner, Qt::AlignLeft | Qt::AlignBottom,
                   p.fontMetrics().elidedText(Theme::statusLabel(tiles[i].status), Qt::ElideRight,
                                              int(inner.width())));
        const QRectF spark(inner.left(), inner.top() + inner.height() * 0.55, inner.width(),
                           inner.height() * 0.25);
        QPainterPath path;
        const QList<qreal> &pts = tiles[i].points;
        for (int k = 0; k < pts.size(); ++k) {
            const QPointF pt(spark.left() + spark.width() * k / (pts.size() - 1),
                             spark.bottom() - spark.height() * pts.at(k));
            if (k == 0)
                path.moveTo(pt);
            else
                path.lineTo(pt);
        }
        p.setPen(QPen(t.seriesColour(i), std::max(1.5, t.lineWidth * 1.5)));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
    }

    // The caption under the picture, in the settings window's own colours.
    const QRectF caption(rect().left(), area.bottom() + 4, width(), captionHeight - 4);
    QFont f = QWidget::font();
    f.setBold(isChecked());
    p.setFont(f);
    p.setPen(pal.color(QPalette::WindowText));
    p.drawText(caption, Qt::AlignHCenter | Qt::AlignVCenter,
               isChecked() ? QStringLiteral("● %1").arg(text())
                           : QStringLiteral("○ %1").arg(text()));
    if (hasFocus()) {
        p.setPen(QPen(pal.color(QPalette::Highlight), 1, Qt::DotLine));
        p.setBrush(Qt::NoBrush);
        p.drawRect(caption.adjusted(width() * 0.15, 0, -width() * 0.15, -1));
    }
}

} // namespace Wk
