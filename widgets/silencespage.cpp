#include "widgets/silencespage.h"

#include "models/alerts/alertbook.h"
#include "models/alerts/matcherlist.h"
#include "models/alerts/silencesmodel.h"
#include "widgets/alertstyle.h"
#include "widgets/auditreasondialog.h"
#include "widgets/silencedialog.h"
#include "widgets/silencelistproxy.h"
#include "widgets/thememanager.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Wk {

SilencesPage::SilencesPage(AlertBook *book, QWidget *parent)
    : QWidget(parent)
    , m_book(book)
    , m_model(new SilencesModel(book ? book->silenceStore() : nullptr, book, this))
    , m_proxy(new SilenceListProxy(this))
{
    setAccessibleName(tr("Silences"));
    m_proxy->setSourceModel(m_model);
    auto *layout = new QVBoxLayout(this);

    auto *bar = new QHBoxLayout;
    const auto makeAction = [this, &bar](const QString &text, const QList<QKeySequence> &keys,
                                         const QString &tip) {
        auto *action = new QAction(text, this);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(tr("%1 (%2)").arg(tip, keys.first().toString(QKeySequence::NativeText)));
        addAction(action);
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setAccessibleName(text);
        bar->addWidget(button);
        return action;
    };
    m_new = makeAction(tr("New silence…"), {QKeySequence(Qt::Key_N), QKeySequence::New},
                       tr("Create a silence"));
    m_edit = makeAction(tr("Edit…"), {QKeySequence(Qt::Key_E)}, tr("Edit the selected silence"));
    m_expire = makeAction(tr("Expire early…"), {QKeySequence(Qt::Key_Delete)},
                          tr("End the selected silence now, with a reason"));
    connect(m_new, &QAction::triggered, this, [this] { newSilence(); });
    connect(m_edit, &QAction::triggered, this, [this] { editSelected(); });
    connect(m_expire, &QAction::triggered, this, [this] { expireSelected(); });
    bar->addSpacing(12);
    m_activeOnly = new QCheckBox(tr("&Active only"), this);
    m_activeOnly->setToolTip(tr("Hide pending and expired silences"));
    connect(m_activeOnly, &QCheckBox::toggled, m_proxy, &SilenceListProxy::setActiveOnly);
    bar->addWidget(m_activeOnly);
    m_showAcks = new QCheckBox(tr("Show ac&knowledgements"), this);
    m_showAcks->setToolTip(
        tr("Also list the ACK! silences that carry acknowledgements in Alertmanager"));
    m_showAcks->setChecked(false);
    m_model->setShowAcknowledgements(false);
    connect(m_showAcks, &QCheckBox::toggled, m_model, &SilencesModel::setShowAcknowledgements);
    bar->addWidget(m_showAcks);
    bar->addStretch(1);
    layout->addLayout(bar);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    layout->addWidget(m_message);

    m_view = new QTreeView(this);
    m_view->setAccessibleName(tr("Silence list"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(SilencesModel::CommentColumn, QHeaderView::Stretch);
    connect(m_view, &QTreeView::activated, this, [this] { editSelected(); });
    layout->addWidget(m_view, 1);

    applyTheme();
    connect(ThemeManager::instance(), &ThemeManager::themeChanged, this, &SilencesPage::applyTheme);
    if (book && book->silenceStore()) {
        connect(book->silenceStore(), &SilenceStore::errorChanged, this,
                [this](const QString &message) { showMessage(message, true); });
    }
}

SilencesPage::~SilencesPage() = default;

void SilencesPage::applyTheme()
{
    const Theme &theme = ThemeManager::current();
    setFont(theme.font(theme.normalPt));
    layout()->setSpacing(theme.spacing);
}

void SilencesPage::showMessage(const QString &text, bool error)
{
    const Theme &theme = ThemeManager::current();
    QPalette pal = m_message->palette();
    pal.setColor(QPalette::WindowText, error ? theme.unhealthy : theme.text);
    m_message->setPalette(pal);
    m_message->setText(text.isEmpty() || !error
                           ? text
                           : Theme::statusGlyph(HealthStatus::Unhealthy) + u' ' + text);
    m_message->setVisible(!text.isEmpty());
}

QString SilencesPage::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void SilencesPage::setActiveOnly(bool activeOnly)
{
    m_activeOnly->setChecked(activeOnly);
}

QString SilencesPage::currentSilenceId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(SilencesModel::IdRole).toString()
                             : QString();
}

void SilencesPage::selectSilence(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

SilenceDialog *SilencesPage::newSilence()
{
    if (!m_book || !m_book->silenceStore())
        return nullptr;
    showMessage({}, false);
    auto *dialog = new SilenceDialog(m_book, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        selectSilence(dialog->savedId());
        m_view->setFocus();
    });
    dialog->open();
    return dialog;
}

SilenceDialog *SilencesPage::editSelected()
{
    if (!m_book || !m_book->silenceStore())
        return nullptr;
    const std::optional<Silence> s = m_book->silenceStore()->silence(currentSilenceId());
    if (!s) {
        showMessage(tr("Select a silence to edit."), false);
        return nullptr;
    }
    showMessage({}, false);
    auto *dialog = new SilenceDialog(m_book, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSilence(*s);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        selectSilence(dialog->savedId());
        m_view->setFocus();
    });
    dialog->open();
    return dialog;
}

AuditReasonDialog *SilencesPage::expireSelected()
{
    if (!m_book || !m_book->silenceStore())
        return nullptr;
    const std::optional<Silence> s = m_book->silenceStore()->silence(currentSilenceId());
    if (!s) {
        showMessage(tr("Select a silence to expire."), false);
        return nullptr;
    }
    if (s->stateAt(m_book->clock()->nowMs()) == Silence::State::Expired) {
        showMessage(tr("This silence has already expired."), false);
        return nullptr;
    }
    showMessage({}, false);
    const qint64 now = m_book->clock()->nowMs();
    QPointer<AlertBook> book = m_book;
    const QString id = s->id;
    auto *dialog = new AuditReasonDialog(
        tr("Expire silence"),
        tr("End this silence now instead of at %1?\n%2\nmade by %3: %4")
            .arg(AlertStyle::timeText(s->endsAtMs, now), matcherListToString(s->matchers),
                 s->createdBy, s->comment),
        tr("Expire now"),
        [book, id](const QString &reason, AuditReasonDialog::Done done) {
            if (!book || !book->silenceStore()) {
                done(Error(tr("the silence store is gone")));
                return;
            }
            book->silenceStore()->expire(id, book->operatorName(), reason, std::move(done));
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this] { m_view->setFocus(); });
    dialog->open();
    return dialog;
}

} // namespace Wk
