#include "widgets/incidentcarddelegate.h"

#include "models/core/duration.h"
#include "models/incidents/incidentlistmodel.h"
#include "models/incidents/slastatus.h"

#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

namespace Wk {

namespace {

using R = IncidentListModel::Role;

QColor slaColour(const Theme &th, const SlaStatus &s)
{
    switch (s.state) {
    case SlaStatus::State::DueSoon:
        return th.degraded;
    case SlaStatus::State::Breached:
    case SlaStatus::State::Missed:
        return th.unhealthy;
    case SlaStatus::State::Met:
        return th.healthy;
    case SlaStatus::State::OnTrack:
        break;
    }
    return th.unknown;
}

bool slaHasPill(const SlaStatus &s)
{
    return s.state == SlaStatus::State::DueSoon || s.state == SlaStatus::State::Breached ||
           s.state == SlaStatus::State::Missed;
}

// Up to `maxLines` lines of `text` wrapped to `width`, the last one elided.
QStringList wrap(const QString &text, const QFont &font, int width, int maxLines)
{
    QStringList lines;
    QTextLayout layout(text, font);
    layout.beginLayout();
    while (lines.size() < maxLines) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
        if (lines.size() == maxLines && line.textStart() + line.textLength() < text.size())
            lines.last() =
                QFontMetrics(font).elidedText(text.mid(line.textStart()), Qt::ElideRight, width);
    }
    layout.endLayout();
    return lines;
}

} // namespace

IncidentCardDelegate::IncidentCardDelegate(NowFunction now, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_now(std::move(now))
    , m_theme(Theme::desktop())
{}

QColor IncidentCardDelegate::severityColour(const Theme &theme, int severity)
{
    switch (severity) {
    case 1:
        return theme.unhealthy;
    case 2:
        return theme.degraded;
    case 3:
        return theme.accent;
    default:
        break;
    }
    return theme.unknown;
}

QString IncidentCardDelegate::slaBadge(const SlaStatus &s)
{
    switch (s.state) {
    case SlaStatus::State::DueSoon:
        return Theme::statusGlyph(HealthStatus::Degraded) + u' ' + SlaStatus::stateWord(s.state);
    case SlaStatus::State::Breached:
    case SlaStatus::State::Missed:
        return Theme::statusGlyph(HealthStatus::Unhealthy) + u' ' +
               SlaStatus::stateWord(s.state).toUpper();
    case SlaStatus::State::Met:
        return Theme::statusGlyph(HealthStatus::Healthy);
    case SlaStatus::State::OnTrack:
        break;
    }
    return QStringLiteral("\u25CB"); // a hollow circle: running, nothing to worry about yet
}

QString IncidentCardDelegate::slaDetail(const SlaStatus &s)
{
    const QString what = SlaStatus::name(s.kind);
    switch (s.state) {
    case SlaStatus::State::OnTrack:
    case SlaStatus::State::DueSoon:
        return tr("%1 %2 left").arg(what, formatCountdown(s.remainingMs));
    case SlaStatus::State::Breached:
        return tr("%1 %2 over").arg(what, formatCountdown(-s.remainingMs));
    case SlaStatus::State::Met:
        return tr("%1 met in %2").arg(what, humanAge(s.elapsedMs));
    case SlaStatus::State::Missed:
        break;
    }
    return tr("%1 missed by %2").arg(what, humanAge(-s.remainingMs));
}

QString IncidentCardDelegate::slaCompactDetail(const SlaStatus &s)
{
    const QString what = SlaStatus::name(s.kind);
    switch (s.state) {
    case SlaStatus::State::OnTrack:
    case SlaStatus::State::DueSoon:
        return tr("%1 %2 left").arg(what, formatCountdown(s.remainingMs));
    case SlaStatus::State::Breached:
        return tr("%1 +%2").arg(what, formatCountdown(-s.remainingMs));
    case SlaStatus::State::Met:
        return tr("%1 met").arg(what);
    case SlaStatus::State::Missed:
        break;
    }
    return tr("%1 missed").arg(what);
}

QString IncidentCardDelegate::slaShortestDetail(const SlaStatus &s)
{
    if (s.state == SlaStatus::State::OnTrack || s.state == SlaStatus::State::DueSoon)
        return tr("%1 %2").arg(SlaStatus::name(s.kind), formatCountdown(s.remainingMs));
    return slaCompactDetail(s);
}

QString IncidentCardDelegate::waitingText(int changes)
{
    return changes == 1 ? tr("1 change waiting to be stored")
                        : tr("%1 changes waiting to be stored").arg(changes);
}

QString IncidentCardDelegate::firingText(int alerts)
{
    return alerts == 1 ? tr("1 alert firing") : tr("%1 alerts firing").arg(alerts);
}

QString IncidentCardDelegate::formatCountdown(qint64 ms)
{
    const qint64 s = std::max<qint64>(0, ms / 1000);
    if (s < 3600)
        return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return humanAge(ms);
}

int IncidentCardDelegate::cardHeight() const
{
    const Theme &th = m_theme;
    const QFontMetrics badge(th.font(th.normalPt, true));
    const QFontMetrics title(th.font(th.titlePt, true));
    const QFontMetrics normal(th.font(th.normalPt));
    const QFontMetrics small(th.font(th.smallPt, true));
    return 2 * th.padding + badge.height() + th.spacing / 2 + titleLines() * title.height() +
           th.spacing / 2 + normal.height() + th.spacing / 2 + 2 * (small.height() + 2);
}

QSize IncidentCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return QSize(std::max(120, option.rect.width()), cardHeight());
}

QStringList IncidentCardDelegate::cardLines(const QModelIndex &index) const
{
    QStringList lines;
    lines << QStringLiteral("%1 %2 \u00b7 %3")
                 .arg(index.data(R::SeverityKeyRole).toString(),
                      index.data(R::SeverityNameRole).toString(),
                      humanAge(index.data(R::AgeMsRole).toLongLong()));
    lines << index.data(R::TitleRole).toString();
    const QString commander = index.data(R::CommanderRole).toString();
    QString who = commander.isEmpty() ? tr("No commander") : tr("Commander %1").arg(commander);
    const int firing = index.data(R::FiringAlertsRole).toInt();
    if (firing > 0)
        who += QStringLiteral(" \u00b7 ") + firingText(firing);
    const int pending = index.data(R::PendingRole).toInt();
    if (pending > 0)
        who += QStringLiteral(" \u00b7 ") + IncidentCardDelegate::waitingText(pending);
    lines << who;
    for (int role : {int(R::ResponseSlaRole), int(R::ResolutionSlaRole)}) {
        const SlaStatus s = index.data(role).value<SlaStatus>();
        lines << slaBadge(s) + u' ' + slaDetail(s);
    }
    return lines;
}

void IncidentCardDelegate::paint(QPainter *p, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    const Theme &th = m_theme;
    const int severity = index.data(R::SeverityRole).toInt();
    const QColor sevColour = severityColour(th, severity);
    const bool selected = option.state & QStyle::State_Selected;
    const bool focused = option.state & QStyle::State_HasFocus;
    const bool pending = index.data(R::PendingRole).toInt() > 0;
    p->save();
    p->setRenderHint(QPainter::Antialiasing);

    const QRectF card =
        QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5 - std::max(2, th.spacing / 2));
    QPainterPath shape;
    shape.addRoundedRect(card, th.radius, th.radius);
    p->fillPath(shape, th.surface);
    const int stripe = std::max(4, th.padding / 2);
    p->save();
    p->setClipPath(shape);
    p->fillRect(QRectF(card.left(), card.top(), stripe, card.height()), sevColour);
    p->restore();
    // A card waiting in the offline queue has a dashed edge, as stale tiles do.
    p->setPen(QPen(selected || focused ? th.accent : th.border, selected ? 3 : (focused ? 2 : 1),
                   pending && !selected ? Qt::DashLine : Qt::SolidLine));
    p->setBrush(Qt::NoBrush);
    p->drawPath(shape);

    const QRect area =
        card.toRect().adjusted(stripe + th.padding, th.padding, -th.padding, -th.padding);
    int y = area.top();

    // Badge "P1" on the severity colour, the severity's name, the age on the right.
    const QFont badgeFont = th.font(th.normalPt, true);
    const QFontMetrics badgeFm(badgeFont);
    const QString key = index.data(R::SeverityKeyRole).toString();
    const QRect badge(area.left(), y, badgeFm.horizontalAdvance(key) + th.padding,
                      badgeFm.height());
    p->setPen(Qt::NoPen);
    p->setBrush(sevColour);
    p->drawRoundedRect(badge, th.radius, th.radius);
    p->setFont(badgeFont);
    p->setPen(th.onStatus);
    p->drawText(badge, Qt::AlignCenter, key);
    const QFont normalFont = th.font(th.normalPt);
    const QFontMetrics normalFm(normalFont);
    const QString age = humanAge(index.data(R::AgeMsRole).toLongLong());
    const int ageWidth = normalFm.horizontalAdvance(age);
    p->setFont(normalFont);
    p->setPen(th.textMuted);
    p->drawText(QRect(area.right() - ageWidth, y, ageWidth + 1, badgeFm.height()),
                Qt::AlignRight | Qt::AlignVCenter, age);
    const int nameLeft = badge.right() + th.spacing;
    const int nameWidth = std::max(0, area.right() - ageWidth - th.spacing - nameLeft);
    p->drawText(
        QRect(nameLeft, y, nameWidth, badgeFm.height()), Qt::AlignLeft | Qt::AlignVCenter,
        normalFm.elidedText(index.data(R::SeverityNameRole).toString(), Qt::ElideRight, nameWidth));
    y += badgeFm.height() + th.spacing / 2;

    // Title, two lines at most.
    const QFont titleFont = th.font(th.titlePt, true);
    const QFontMetrics titleFm(titleFont);
    p->setFont(titleFont);
    p->setPen(th.text);
    const QStringList title =
        wrap(index.data(R::TitleRole).toString(), titleFont, area.width(), titleLines());
    for (int i = 0; i < title.size(); ++i)
        p->drawText(QRect(area.left(), y + i * titleFm.height(), area.width(), titleFm.height()),
                    Qt::AlignLeft | Qt::AlignVCenter, title.at(i));
    y += titleLines() * titleFm.height() + th.spacing / 2;

    // Commander, firing alerts, waiting changes.
    const QString commander = index.data(R::CommanderRole).toString();
    const QString whoText =
        commander.isEmpty() ? tr("No commander") : tr("\u2691 %1").arg(commander);
    const int firing = index.data(R::FiringAlertsRole).toInt();
    QString who;
    // The longest wording that fits: "1 alert firing", then "1 firing".
    for (const QString &firingWords :
         {firingText(firing), tr("%1 firing").arg(firing), QString::number(firing)}) {
        who = whoText;
        if (firing > 0)
            who += QStringLiteral("  ") + Theme::statusGlyph(HealthStatus::Unhealthy) + u' ' +
                   firingWords;
        if (pending)
            who += QStringLiteral("  \u27F3 ") + tr("waiting");
        if (normalFm.horizontalAdvance(who) <= area.width())
            break;
    }
    p->setFont(normalFont);
    p->setPen(commander.isEmpty() ? th.textMuted : th.text);
    p->drawText(QRect(area.left(), y, area.width(), normalFm.height()),
                Qt::AlignLeft | Qt::AlignVCenter,
                normalFm.elidedText(who, Qt::ElideRight, area.width()));
    y += normalFm.height() + th.spacing / 2;

    // The two countdowns: a pill with glyph and word when amber or red, then the time.
    const QFont slaBold = th.font(th.smallPt, true);
    const QFont slaFont = th.font(th.smallPt);
    const QFontMetrics slaFm(slaBold);
    for (int role : {int(R::ResponseSlaRole), int(R::ResolutionSlaRole)}) {
        const SlaStatus s = index.data(role).value<SlaStatus>();
        const QColor colour = slaColour(th, s);
        const bool pill = slaHasPill(s);
        const QFontMetrics fm(pill ? slaBold : slaFont);
        const int h = slaFm.height() + 2;
        // The longest wording that fits, badge and detail together: "✖ BREACHED" "Response
        // 2:00 over", then shorter details, then the glyph alone in the badge (colour and glyph
        // still say it). The wall's large type needs the short ones.
        const QString glyph = slaBadge(s).section(u' ', 0, 0);
        QList<QPair<QString, QString>> wordings{{slaBadge(s), slaDetail(s)},
                                                {slaBadge(s), slaCompactDetail(s)},
                                                {slaBadge(s), slaShortestDetail(s)}};
        if (pill)
            wordings.append({glyph, slaCompactDetail(s)});
        const auto badgeWidth = [&](const QString &badge) {
            return pill ? slaFm.horizontalAdvance(badge) + th.padding
                        : slaFm.horizontalAdvance(glyph);
        };
        QPair<QString, QString> chosen = wordings.last();
        for (const auto &w : std::as_const(wordings)) {
            if (area.left() + badgeWidth(w.first) + th.spacing / 2 +
                    fm.horizontalAdvance(w.second) <=
                area.right()) {
                chosen = w;
                break;
            }
        }
        int x = area.left();
        const int w = badgeWidth(chosen.first);
        p->setFont(slaBold);
        if (pill) {
            p->setPen(Qt::NoPen);
            p->setBrush(colour);
            p->drawRoundedRect(QRect(x, y, w, h), th.radius, th.radius);
            p->setPen(th.onStatus);
            p->drawText(QRect(x, y, w, h), Qt::AlignCenter, chosen.first);
        } else {
            // Just the glyph, in the state's colour.
            p->setPen(s.state == SlaStatus::State::OnTrack ? th.textMuted : colour);
            p->drawText(QRect(x, y, w + 1, h), Qt::AlignLeft | Qt::AlignVCenter, glyph);
        }
        x += w + th.spacing / 2;
        const int room = std::max(0, area.right() - x);
        p->setFont(pill ? slaBold : slaFont);
        p->setPen(s.isRunning() ? th.text : th.textMuted);
        p->drawText(QRect(x, y, room, h), Qt::AlignLeft | Qt::AlignVCenter,
                    fm.elidedText(chosen.second, Qt::ElideRight, room));
        y += h;
    }
    p->restore();
}

} // namespace Wk
