#include "widgets/statustiledelegate.h"

#include "models/sources/healthstatus.h"
#include "widgets/thememanager.h"
#include "widgets/units.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <cmath>

namespace Wk {

namespace {

HealthStatus statusOf(const QModelIndex &index)
{
    bool ok = false;
    const int v = index.data(HealthRoles::Status).toInt(&ok);
    if (!ok || v < 0 || v > int(HealthStatus::Unknown))
        return HealthStatus::Unknown;
    return HealthStatus(v);
}

QString statusWord(const QModelIndex &index, HealthStatus status)
{
    const QString text = index.data(HealthRoles::StatusText).toString();
    return text.isEmpty() ? healthStatusText(status) : text;
}

} // namespace

StatusTileDelegate::StatusTileDelegate(NowFunction now, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_now(std::move(now))
{}

void StatusTileDelegate::setTileWidth(int width)
{
    m_tileWidth = std::max(40, width);
}

int StatusTileDelegate::tileHeight(Detail detail) const
{
    const Theme &th = ThemeManager::current();
    const QFontMetrics badge(th.font(th.normalPt, true));
    const QFontMetrics title(th.font(th.titlePt, true));
    const QFontMetrics normal(th.font(th.normalPt));
    const QFontMetrics small(th.font(th.smallPt));
    const int top = 2 * th.padding + badge.height() + th.spacing / 2 + title.height();
    switch (detail) {
    case Detail::Minimal: // the name in the body size: narrow tiles cut it less
        return 2 * th.padding + badge.height() + th.spacing / 2 + badge.height();
    case Detail::Brief:
        return top + normal.height();
    case Detail::Full:
        break;
    }
    const int h = top + 2 * normal.height() + small.height() + 2 * th.spacing;
    return std::max(h, th.tileHeight);
}

bool StatusTileDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                   const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event && event->type() == QEvent::ToolTip && index.isValid()) {
        QToolTip::showText(event->globalPos(), tileLines(index).join(u'\n'), view);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

QString StatusTileDelegate::ageText(qint64 updatedMs, qint64 nowMs)
{
    if (updatedMs <= 0)
        return tr("never");
    if (nowMs - updatedMs < 1000)
        return tr("just now");
    return tr("%1 ago").arg(formatElapsed(nowMs - updatedMs));
}

bool StatusTileDelegate::isStale(const QModelIndex &index) const
{
    if (m_staleAfterMs <= 0)
        return false;
    const qint64 updated = index.data(HealthRoles::UpdatedMs).toLongLong();
    return updated <= 0 || m_now() - updated > m_staleAfterMs;
}

QStringList StatusTileDelegate::tileLines(const QModelIndex &index) const
{
    const HealthStatus st = statusOf(index);
    QStringList lines;
    QString head = Theme::statusGlyph(st) + QLatin1Char(' ') + statusWord(index, st);
    const double duration = index.data(HealthRoles::DurationMs).toDouble();
    if (index.data(HealthRoles::DurationMs).isValid() && duration >= 0)
        head += QStringLiteral("  ") + formatValue(duration / 1000.0, Unit::Seconds);
    lines << head;
    lines << index.data(HealthRoles::Check).toString();
    lines << index.data(HealthRoles::Target).toString();
    const QString error = index.data(HealthRoles::Error).toString();
    if (!error.isEmpty())
        lines << Theme::statusGlyph(HealthStatus::Unhealthy) + QLatin1Char(' ') +
                     tr("poll failed: %1").arg(error);
    else
        lines << index.data(HealthRoles::Message).toString();
    QString age =
        tr("updated %1").arg(ageText(index.data(HealthRoles::UpdatedMs).toLongLong(), m_now()));
    if (isStale(index))
        age = Theme::statusGlyph(HealthStatus::Degraded) + QLatin1Char(' ') + tr("stale") +
              QStringLiteral(", ") + age;
    lines << age;
    return lines;
}

QSize StatusTileDelegate::sizeHint(const QStyleOptionViewItem &, const QModelIndex &) const
{
    return QSize(m_tileWidth, tileHeight());
}

void StatusTileDelegate::paint(QPainter *p, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    const Theme &th = ThemeManager::current();
    const HealthStatus st = statusOf(index);
    const QColor statusColour = th.statusColour(st);
    const bool stale = isStale(index);
    p->save();
    p->setRenderHint(QPainter::Antialiasing);

    const QRectF tile = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5);
    const bool selected = option.state & QStyle::State_Selected;
    const bool focused = option.state & QStyle::State_HasFocus;
    // A stale tile sits on the page colour with a dashed edge: its content is old, but its poll
    // error (if any) is news and stays in full contrast.
    QPainterPath shape;
    shape.addRoundedRect(tile, th.radius, th.radius);
    p->fillPath(shape, stale ? th.window : th.surface);
    // A stripe of the status colour down the left edge.
    const int stripe = std::max(4, th.padding / 2);
    p->save();
    p->setClipPath(shape);
    p->fillRect(QRectF(tile.left(), tile.top(), stripe, tile.height()), statusColour);
    p->restore();
    p->setPen(QPen(selected || focused ? th.accent : th.border, selected || focused ? 2 : 1,
                   stale && !(selected || focused) ? Qt::DashLine : Qt::SolidLine));
    p->setBrush(Qt::NoBrush);
    p->drawPath(shape);

    const QRect area =
        option.rect.adjusted(stripe + th.padding, th.padding, -th.padding, -th.padding);
    int y = area.top();

    // Badge: glyph and word on the status colour; the duration on the right.
    const QFont badgeFont = th.font(th.normalPt, true);
    const QFontMetrics badgeFm(badgeFont);
    const QString label = Theme::statusGlyph(st) + QLatin1Char(' ') + statusWord(index, st);
    const int badgeWidth = std::min(area.width(), badgeFm.horizontalAdvance(label) + th.padding);
    const QRect badge(area.left(), y, badgeWidth, badgeFm.height());
    p->setBrush(statusColour);
    p->drawRoundedRect(badge, th.radius, th.radius);
    p->setFont(badgeFont);
    p->setPen(th.onStatus);
    p->drawText(badge, Qt::AlignCenter, label);
    const QVariant durationData = index.data(HealthRoles::DurationMs);
    const double duration = durationData.toDouble();
    if (durationData.isValid() && duration >= 0) {
        const QFont f = th.font(th.normalPt);
        const QString text = formatValue(duration / 1000.0, Unit::Seconds);
        const QRect room(badge.right() + th.spacing, y, area.right() - badge.right() - th.spacing,
                         badgeFm.height());
        if (QFontMetrics(f).horizontalAdvance(text) <= room.width()) { // else left out
            p->setFont(f);
            p->setPen(th.textMuted);
            p->drawText(room, Qt::AlignRight | Qt::AlignVCenter, text);
        }
    }
    y += badgeFm.height() + th.spacing / 2;

    auto line = [&](const QString &text, const QFont &font, const QColor &colour) {
        const QFontMetrics fm(font);
        p->setFont(font);
        p->setPen(colour);
        p->drawText(QRect(area.left(), y, area.width(), fm.height()),
                    Qt::AlignLeft | Qt::AlignVCenter,
                    fm.elidedText(text, Qt::ElideRight, area.width()));
        y += fm.height();
    };
    line(index.data(HealthRoles::Check).toString(),
         th.font(m_detail == Detail::Minimal ? th.normalPt : th.titlePt, true), th.text);
    if (m_detail == Detail::Minimal) {
        p->restore();
        return;
    }
    if (m_detail == Detail::Full)
        line(index.data(HealthRoles::Target).toString(), th.font(th.normalPt), th.textMuted);
    const QString error = index.data(HealthRoles::Error).toString();
    if (!error.isEmpty())
        line(Theme::statusGlyph(HealthStatus::Unhealthy) + QLatin1Char(' ') +
                 tr("poll failed: %1").arg(error),
             th.font(th.normalPt, true), th.text);
    else // the last known message of a stale tile is old news: muted
        line(index.data(HealthRoles::Message).toString(), th.font(th.normalPt),
             stale ? th.textMuted : th.text);
    if (m_detail != Detail::Full) {
        p->restore();
        return;
    }

    // Age at the bottom right.
    const QFont smallFont = th.font(th.smallPt, stale);
    const QFontMetrics smallFm(smallFont);
    QString age =
        tr("updated %1").arg(ageText(index.data(HealthRoles::UpdatedMs).toLongLong(), m_now()));
    if (stale) {
        age = Theme::statusGlyph(HealthStatus::Degraded) + QLatin1Char(' ') + tr("stale") +
              QStringLiteral(", ") + age;
    }
    p->setFont(smallFont);
    p->setPen(stale ? th.text : th.textMuted);
    p->drawText(
        QRect(area.left(), area.bottom() - smallFm.height() + 1, area.width(), smallFm.height()),
        Qt::AlignRight | Qt::AlignVCenter, smallFm.elidedText(age, Qt::ElideLeft, area.width()));
    p->restore();
}

} // namespace Wk
