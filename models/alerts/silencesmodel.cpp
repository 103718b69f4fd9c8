#include "silencesmodel.h"

#include "alertbook.h"
#include "matcherlist.h"
#include "silencestore.h"

#include <QDateTime>

#include <algorithm>
#include <limits>

namespace Wk {

namespace {

QString timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

int stateOrder(Silence::State s)
{
    switch (s) {
    case Silence::State::Active:
        return 0;
    case Silence::State::Pending:
        return 1;
    case Silence::State::Expired:
        return 2;
    }
    return 3;
}

} // namespace

SilencesModel::SilencesModel(SilenceStore *store, AlertBook *book, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_book(book)
    , m_clock(store->clock())
{
    connect(store, &SilenceStore::silencesChanged, this, &SilencesModel::reload);
    if (book) {
        connect(book, &AlertBook::statusAdded, this,
                [this](const AlertStatus &s) { countAlert(s, false); });
        connect(book, &AlertBook::statusChanged, this,
                [this](const AlertStatus &s) { countAlert(s, false); });
        connect(book, &AlertBook::statusRemoved, this,
                [this](const AlertStatus &s) { countAlert(s, true); });
    }
    m_rows = buildRows();
    scheduleWake();
}

SilencesModel::~SilencesModel()
{
    if (m_wake)
        m_clock->cancel(m_wake);
}

QSet<quint64> SilencesModel::matchingAlerts(const Silence &s) const
{
    if (!m_book)
        return {};
    const QList<quint64> ids = m_book->matchingAlerts(s.matchers);
    return QSet<quint64>(ids.cbegin(), ids.cend());
}

QList<SilencesModel::Row> SilencesModel::buildRows() const
{
    QList<Row> rows;
    if (!m_store)
        return rows;
    const qint64 now = m_clock->nowMs();
    const QList<Silence> all = m_store->silences();
    for (const Silence &s : all) {
        Row r;
        r.silence = s;
        r.state = s.stateAt(now);
        if (r.state == Silence::State::Expired && !m_showExpired)
            continue;
        if (s.isAcknowledgement() && !m_showAcks)
            continue;
        r.soon = s.expiresWithin(now, ExpiresSoonMs);
        r.matching = matchingAlerts(s);
        rows << r;
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        const int sa = stateOrder(a.state);
        const int sb = stateOrder(b.state);
        if (sa != sb)
            return sa < sb;
        switch (a.state) {
        case Silence::State::Active:
            return a.silence.endsAtMs < b.silence.endsAtMs;
        case Silence::State::Pending:
            return a.silence.startsAtMs < b.silence.startsAtMs;
        case Silence::State::Expired:
            return a.silence.endsAtMs > b.silence.endsAtMs;
        }
        return false;
    });
    return rows;
}

void SilencesModel::reload()
{
    QList<Row> fresh = buildRows();
    bool sameOrder = fresh.size() == m_rows.size();
    for (qsizetype i = 0; sameOrder && i < fresh.size(); ++i)
        sameOrder = fresh.at(i).silence.id == m_rows.at(i).silence.id;
    if (!sameOrder) {
        beginResetModel();
        m_rows = fresh;
        endResetModel();
    } else {
        for (int i = 0; i < int(fresh.size()); ++i) {
            const Row &a = m_rows.at(i);
            const Row &b = fresh.at(i);
            const bool changed = a.silence.updatedAtMs != b.silence.updatedAtMs ||
                                 a.silence.endsAtMs != b.silence.endsAtMs ||
                                 a.silence.startsAtMs != b.silence.startsAtMs ||
                                 a.silence.comment != b.silence.comment || a.state != b.state ||
                                 a.soon != b.soon || a.matching != b.matching;
            m_rows[i] = b;
            if (changed)
                Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
        }
    }
    scheduleWake();
}

void SilencesModel::refreshTimes()
{
    // A state change reorders rows (and may hide expired ones): rebuild then.
    reload();
}

void SilencesModel::countAlert(const AlertStatus &status, bool gone)
{
    const bool current = !gone && status.state != AlertStatus::State::Resolved;
    for (int i = 0; i < int(m_rows.size()); ++i) {
        Row &r = m_rows[i];
        const bool matches = current && r.silence.matches(status.alert.labels);
        if (matches == r.matching.contains(status.id()))
            continue;
        if (matches)
            r.matching.insert(status.id());
        else
            r.matching.remove(status.id());
        Q_EMIT dataChanged(index(i, MatchingColumn), index(i, MatchingColumn),
                           {Qt::DisplayRole, MatchingAlertsRole, MatchesNoAlertRole});
    }
}

void SilencesModel::scheduleWake()
{
    if (m_wake) {
        m_clock->cancel(m_wake);
        m_wake = 0;
    }
    if (!m_store)
        return;
    const qint64 now = m_clock->nowMs();
    qint64 next = std::numeric_limits<qint64>::max();
    const QList<Silence> all = m_store->silences();
    for (const Silence &s : all) {
        for (const qint64 t : {s.startsAtMs, s.endsAtMs - ExpiresSoonMs, s.endsAtMs}) {
            if (t > now && t < next)
                next = t;
        }
    }
    if (next == std::numeric_limits<qint64>::max())
        return;
    m_wake = m_clock->callAt(next, this, [this] {
        m_wake = 0;
        refreshTimes();
    });
}

void SilencesModel::setShowExpired(bool show)
{
    if (show == m_showExpired)
        return;
    m_showExpired = show;
    beginResetModel();
    m_rows = buildRows();
    endResetModel();
}

void SilencesModel::setShowAcknowledgements(bool show)
{
    if (show == m_showAcks)
        return;
    m_showAcks = show;
    beginResetModel();
    m_rows = buildRows();
    endResetModel();
}

int SilencesModel::rowOf(const QString &id) const
{
    for (int i = 0; i < int(m_rows.size()); ++i) {
        if (m_rows.at(i).silence.id == id)
            return i;
    }
    return -1;
}

int SilencesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SilencesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SilencesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const Silence &s = r.silence;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StateColumn:
            switch (r.state) {
            case Silence::State::Pending:
                return tr("pending");
            case Silence::State::Active:
                return r.soon ? tr("active, expires within 5 minutes") : tr("active");
            case Silence::State::Expired:
                return tr("expired");
            }
            return {};
        case MatchersColumn:
            return matcherListToString(s.matchers);
        case CreatedByColumn:
            return s.createdBy;
        case CommentColumn:
            return s.comment;
        case StartsColumn:
            return timeText(s.startsAtMs);
        case EndsColumn:
            return timeText(s.endsAtMs);
        case MatchingColumn:
            return r.matching.isEmpty() ? tr("matches no alert now")
                                        : tr("%n alert(s)", nullptr, int(r.matching.size()));
        }
        return {};
    case Qt::ToolTipRole:
        return s.comment;
    case IdRole:
        return s.id;
    case StateRole:
        return Silence::stateName(r.state);
    case MatchersRole:
        return matcherListToString(s.matchers);
    case MatcherListRole: {
        QStringList list;
        for (const LabelMatcher &m : s.matchers)
            list << m.toString();
        return list;
    }
    case StartsAtRole:
        return s.startsAtMs;
    case EndsAtRole:
        return s.endsAtMs;
    case UpdatedAtRole:
        return s.updatedAtMs;
    case CreatedByRole:
        return s.createdBy;
    case CommentRole:
        return s.comment;
    case ExpiresSoonRole:
        return r.soon;
    case MatchingAlertsRole:
        return int(r.matching.size());
    case MatchesNoAlertRole:
        return r.matching.isEmpty();
    case IsAcknowledgementRole:
        return s.isAcknowledgement();
    case SilenceRole:
        return QVariant::fromValue(s);
    }
    return {};
}

QVariant SilencesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StateColumn:
        return tr("State");
    case MatchersColumn:
        return tr("Matchers");
    case CreatedByColumn:
        return tr("Created by");
    case CommentColumn:
        return tr("Comment");
    case StartsColumn:
        return tr("Starts");
    case EndsColumn:
        return tr("Ends");
    case MatchingColumn:
        return tr("Matching alerts");
    }
    return {};
}

QHash<int, QByteArray> SilencesModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert({{IdRole, "id"},
                  {StateRole, "state"},
                  {MatchersRole, "matchers"},
                  {MatcherListRole, "matcherList"},
                  {StartsAtRole, "startsAt"},
                  {EndsAtRole, "endsAt"},
                  {UpdatedAtRole, "updatedAt"},
                  {CreatedByRole, "createdBy"},
                  {CommentRole, "comment"},
                  {ExpiresSoonRole, "expiresSoon"},
                  {MatchingAlertsRole, "matchingAlerts"},
                  {MatchesNoAlertRole, "matchesNoAlert"},
                  {IsAcknowledgementRole, "isAcknowledgement"},
                  {SilenceRole, "silence"}});
    return names;
}

} // namespace Wk
