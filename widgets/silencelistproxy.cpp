#include "widgets/silencelistproxy.h"

#include "models/alerts/silencesmodel.h"
#include "widgets/thememanager.h"

#include <QFont>

namespace Wk {

SilenceListProxy::SilenceListProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    connect(ThemeManager::instance(), &ThemeManager::themeChanged, this, [this] {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                               {Qt::ForegroundRole, Qt::FontRole});
    });
}

void SilenceListProxy::setActiveOnly(bool activeOnly)
{
    if (activeOnly == m_activeOnly)
        return;
    m_activeOnly = activeOnly;
    invalidateRowsFilter();
}

bool SilenceListProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_activeOnly)
        return true;
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    return i.data(SilencesModel::StateRole).toString() == u"active";
}

QString SilenceListProxy::stateGlyph(const QString &stateName, bool expiresSoon)
{
    if (stateName == u"active")
        return expiresSoon ? Theme::statusGlyph(HealthStatus::Degraded) : QStringLiteral("\u25CF");
    if (stateName == u"pending")
        return QStringLiteral("\u25CB");
    return QStringLiteral("\u2714");
}

QVariant SilenceListProxy::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int column = index.column();
    const Theme &theme = ThemeManager::current();
    const QString state = QSortFilterProxyModel::data(index, SilencesModel::StateRole).toString();
    const bool soon = QSortFilterProxyModel::data(index, SilencesModel::ExpiresSoonRole).toBool();
    const bool none =
        QSortFilterProxyModel::data(index, SilencesModel::MatchesNoAlertRole).toBool();
    switch (role) {
    case Qt::DisplayRole:
        if (column == SilencesModel::StateColumn)
            return stateGlyph(state, soon) + u' ' +
                   QSortFilterProxyModel::data(index, role).toString();
        if (column == SilencesModel::MatchingColumn) {
            if (none)
                return state == u"expired"
                           ? QSortFilterProxyModel::data(index, role).toString()
                           : QStringLiteral("\u25CB ") +
                                 QSortFilterProxyModel::data(index, role).toString();
            const int n =
                QSortFilterProxyModel::data(index, SilencesModel::MatchingAlertsRole).toInt();
            return n == 1 ? tr("matches 1 alert now") : tr("matches %1 alerts now").arg(n);
        }
        break;
    case Qt::ForegroundRole:
        if (state == u"expired")
            return theme.textMuted;
        if (column == SilencesModel::StateColumn && soon)
            return theme.text;
        if (column == SilencesModel::MatchingColumn && none)
            return theme.textMuted;
        break;
    case Qt::FontRole:
        if (column == SilencesModel::StateColumn && soon)
            return theme.font(theme.normalPt, true);
        return theme.font(theme.normalPt);
    default:
        break;
    }
    return QSortFilterProxyModel::data(index, role);
}

} // namespace Wk
