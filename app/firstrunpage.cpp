#include "firstrunpage.h"

#include "firstrun.h"
#include "firstruntester.h"

#include "models/config/userconfig.h"
#include "widgets/thememanager.h"

#include <QCloseEvent>
#include <QDir>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace Wk {

namespace {

enum ResultState { Pending, Passed, Failed };

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    return l;
}

} // namespace

FirstRunPage::FirstRunPage(UserConfig *config, QWidget *parent)
    : QWidget(parent)
    , m_config(config)
    , m_tester(new FirstRunTester(this))
    , m_dir(UserConfig::directory())
{
    setWindowTitle(tr("Welcome to Watchkeeper"));
    setObjectName(QStringLiteral("firstRunPage"));

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(40, 32, 40, 24);
    outer->setSpacing(14);
    m_title = new QLabel(tr("Welcome to Watchkeeper"), this);
    m_title->setObjectName(QStringLiteral("title"));
    outer->addWidget(m_title);
    auto *intro = wrapped(tr("Watchkeeper watches a service's health and metrics, raises alerts "
                             "and shows it all on dashboards. Connect it to your service, or look "
                             "around with a simulated one first."),
                          this);
    outer->addWidget(intro);

    auto *cards = new QHBoxLayout;
    cards->setSpacing(18);
    outer->addLayout(cards, 1);

    // ---- connect to a service ----
    auto *connectCard = new QFrame(this);
    connectCard->setObjectName(QStringLiteral("connectCard"));
    m_cards << connectCard;
    auto *c = new QVBoxLayout(connectCard);
    c->setContentsMargins(22, 18, 22, 18);
    c->setSpacing(10);
    auto *connectTitle = new QLabel(tr("Connect to a service"), connectCard);
    connectTitle->setObjectName(QStringLiteral("cardTitle"));
    c->addWidget(connectTitle);
    c->addWidget(wrapped(tr("Watchkeeper polls the service's health endpoint and, when it has "
                            "one, its Prometheus metrics page."),
                         connectCard));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setVerticalSpacing(4);
    m_health = new QLineEdit(connectCard);
    m_health->setObjectName(QStringLiteral("healthUrl"));
    m_health->setPlaceholderText(QStringLiteral("https://service.example.com/api/health"));
    m_health->setAccessibleName(tr("Health URL"));
    m_health->setClearButtonEnabled(true);
    auto *healthLabel = new QLabel(tr("&Health URL"), connectCard);
    healthLabel->setBuddy(m_health);
    form->addRow(healthLabel, m_health);
    auto *healthHint = wrapped(tr("Answers GET with the health JSON of the monitoring guide. "
                                  "Polled every 30 seconds."),
                               connectCard);
    healthHint->setWordWrap(false);
    m_muted << healthHint;
    form->addRow(QString(), healthHint);
    m_metrics = new QLineEdit(connectCard);
    m_metrics->setObjectName(QStringLiteral("metricsUrl"));
    m_metrics->setPlaceholderText(QStringLiteral("https://service.example.com/metrics"));
    m_metrics->setAccessibleName(tr("Metrics URL (optional)"));
    m_metrics->setClearButtonEnabled(true);
    auto *metricsLabel = new QLabel(tr("&Metrics URL\n(optional)"), connectCard);
    metricsLabel->setBuddy(m_metrics);
    form->addRow(metricsLabel, m_metrics);
    auto *metricsHint =
        wrapped(tr("A page in Prometheus text format. Scraped every 15 seconds."), connectCard);
    metricsHint->setWordWrap(false);
    m_muted << metricsHint;
    form->addRow(QString(), metricsHint);
    c->addLayout(form);

    auto *testRow = new QHBoxLayout;
    m_test = new QPushButton(tr("&Test connection"), connectCard);
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_test->setToolTip(tr("Fetch both URLs once and say what they answer (Enter in a URL field)"));
    testRow->addWidget(m_test);
    testRow->addStretch(1);
    c->addLayout(testRow);
    m_healthResult = wrapped(QString(), connectCard);
    m_healthResult->setObjectName(QStringLiteral("healthResult"));
    m_metricsResult = wrapped(QString(), connectCard);
    m_metricsResult->setObjectName(QStringLiteral("metricsResult"));
    c->addWidget(m_healthResult);
    c->addWidget(m_metricsResult);
    c->addStretch(1);
    auto *saveRow = new QHBoxLayout;
    m_save = new QPushButton(tr("&Save and open"), connectCard);
    m_save->setObjectName(QStringLiteral("saveAndOpen"));
    m_save->setDefault(true);
    m_save->setToolTip(tr("Write the workspace and open the dashboards (Ctrl+S)"));
    saveRow->addWidget(m_save);
    saveRow->addStretch(1);
    c->addLayout(saveRow);
    m_message = wrapped(QString(), connectCard);
    m_message->setObjectName(QStringLiteral("message"));
    c->addWidget(m_message);
    cards->addWidget(connectCard, 3);

    // ---- the demo ----
    auto *demoCard = new QFrame(this);
    demoCard->setObjectName(QStringLiteral("demoCard"));
    m_cards << demoCard;
    auto *d = new QVBoxLayout(demoCard);
    d->setContentsMargins(22, 18, 22, 18);
    d->setSpacing(10);
    auto *demoTitle = new QLabel(tr("Try the demo"), demoCard);
    demoTitle->setObjectName(QStringLiteral("cardTitle"));
    d->addWidget(demoTitle);
    d->addWidget(wrapped(tr("A simulated service with live health, metrics, alerts and incidents: "
                            "every dashboard works without any setup."),
                         demoCard));
    auto *later = wrapped(tr("You can connect your own service later from Settings."), demoCard);
    m_muted << later;
    d->addWidget(later);
    d->addStretch(1);
    m_demo = new QPushButton(tr("Try the &demo"), demoCard);
    m_demo->setObjectName(QStringLiteral("tryDemo"));
    auto *demoRow = new QHBoxLayout;
    demoRow->addWidget(m_demo);
    demoRow->addStretch(1);
    d->addLayout(demoRow);
    cards->addWidget(demoCard, 2);

    auto *footer = wrapped(tr("Your choice is kept in %1. watchkeeper --demo or --workspace FILE "
                              "starts something else for one run.")
                               .arg(QDir::toNativeSeparators(m_dir)),
                           this);
    m_muted << footer;
    outer->addWidget(footer);

    connect(m_test, &QPushButton::clicked, this, &FirstRunPage::testConnection);
    connect(m_health, &QLineEdit::returnPressed, this, &FirstRunPage::testConnection);
    connect(m_metrics, &QLineEdit::returnPressed, this, &FirstRunPage::testConnection);
    connect(m_save, &QPushButton::clicked, this, &FirstRunPage::saveAndOpen);
    connect(m_demo, &QPushButton::clicked, this, &FirstRunPage::tryDemo);
    connect(new QShortcut(QKeySequence::Save, this), &QShortcut::activated, this,
            &FirstRunPage::saveAndOpen);
    connect(m_tester, &FirstRunTester::finished, this, &FirstRunPage::testFinished);
    connect(ThemeManager::instance(), &ThemeManager::themeChanged, this, &FirstRunPage::applyTheme);
    setTabOrder(m_health, m_metrics);
    setTabOrder(m_metrics, m_test);
    setTabOrder(m_test, m_save);
    setTabOrder(m_save, m_demo);
    applyTheme();
    resize(1000, 600);
    m_health->setFocus();
}

FirstRunPage::~FirstRunPage() = default;

void FirstRunPage::applyTheme()
{
    const Theme &theme = ThemeManager::current();
    setPalette(theme.palette());
    setAutoFillBackground(true);
    QFont titleFont = theme.font(theme.titlePt * 2, true);
    m_title->setFont(titleFont);
    for (QWidget *card : m_cards) {
        card->setStyleSheet(
            QStringLiteral(
                "QFrame#%1 { background: %2; border: 1px solid %3; border-radius: %4px; }"
                "QLabel#cardTitle { font-size: %5pt; font-weight: bold; }"
                "QPushButton { padding: 6px 18px; }")
                .arg(card->objectName(), theme.surface.name(), theme.border.name())
                .arg(theme.radius * 2)
                .arg(theme.titlePt + 3));
    }
    for (QLabel *l : m_muted) {
        QPalette p = l->palette();
        p.setColor(QPalette::WindowText, theme.textMuted);
        l->setPalette(p);
    }
}

void FirstRunPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        setWindowTitle(tr("Welcome to Watchkeeper"));
    QWidget::changeEvent(event);
}

void FirstRunPage::closeEvent(QCloseEvent *event)
{
    Q_EMIT closed();
    QWidget::closeEvent(event);
}

bool FirstRunPage::readUrls(QUrl *health, QUrl *metrics)
{
    *health = FirstRun::urlFromInput(m_health->text(), TargetConfig::Kind::Health);
    *metrics = FirstRun::urlFromInput(m_metrics->text(), TargetConfig::Kind::Metrics);
    if (health->isEmpty()) {
        showMessage(tr("Enter the health URL, for example "
                       "https://service.example.com/api/health."),
                    true);
        m_health->setFocus();
        return false;
    }
    const auto bad = [](const QUrl &u) {
        return !u.isValid() || u.host().isEmpty() ||
               (u.scheme() != u"http" && u.scheme() != u"https");
    };
    if (bad(*health)) {
        showMessage(tr("\"%1\" is not an http:// or https:// URL.").arg(m_health->text()), true);
        m_health->setFocus();
        return false;
    }
    if (!metrics->isEmpty() && bad(*metrics)) {
        showMessage(tr("\"%1\" is not an http:// or https:// URL.").arg(m_metrics->text()), true);
        m_metrics->setFocus();
        return false;
    }
    // Show what will be used, scheme and path included.
    m_health->setText(health->toString());
    if (!metrics->isEmpty())
        m_metrics->setText(metrics->toString());
    showMessage(QString(), false);
    return true;
}

void FirstRunPage::testConnection()
{
    QUrl health;
    QUrl metrics;
    if (!readUrls(&health, &metrics))
        return;
    const QList<TargetConfig> targets = FirstRun::targetsFor(health, metrics);
    m_healthTest = 0;
    m_metricsTest = 0;
    m_metricsResult->clear();
    for (const TargetConfig &t : targets) {
        if (t.kind == TargetConfig::Kind::Health) {
            showResult(m_healthResult, tr("Health"), Pending, tr("testing…"));
            m_healthTest = m_tester->test(t);
        } else {
            showResult(m_metricsResult, tr("Metrics"), Pending, tr("testing…"));
            m_metricsTest = m_tester->test(t);
        }
    }
}

void FirstRunPage::testFinished(int id, bool ok, const QString &summary)
{
    if (id == m_healthTest)
        showResult(m_healthResult, tr("Health"), ok ? Passed : Failed, summary);
    else if (id == m_metricsTest)
        showResult(m_metricsResult, tr("Metrics"), ok ? Passed : Failed, summary);
}

void FirstRunPage::showResult(QLabel *label, const QString &what, int state, const QString &text)
{
    const Theme &theme = ThemeManager::current();
    const HealthStatus s = state == Passed   ? HealthStatus::Healthy
                           : state == Failed ? HealthStatus::Unhealthy
                                             : HealthStatus::Unknown;
    label->setText(QStringLiteral("%1 %2: %3").arg(Theme::statusGlyph(s), what, text));
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, state == Pending  ? theme.textMuted
                                     : state == Passed ? theme.text
                                                       : theme.statusColour(s));
    label->setPalette(p);
    label->setAccessibleDescription(label->text());
}

void FirstRunPage::showMessage(const QString &text, bool error)
{
    const Theme &theme = ThemeManager::current();
    m_message->setText(
        error && !text.isEmpty()
            ? QStringLiteral("%1 %2").arg(Theme::statusGlyph(HealthStatus::Unhealthy), text)
            : text);
    QPalette p = m_message->palette();
    p.setColor(QPalette::WindowText,
               error ? theme.statusColour(HealthStatus::Unhealthy) : theme.textMuted);
    m_message->setPalette(p);
}

void FirstRunPage::saveAndOpen()
{
    QUrl health;
    QUrl metrics;
    if (!readUrls(&health, &metrics))
        return;
    const auto written = FirstRun::writeWorkspace(FirstRun::targetsFor(health, metrics), m_dir);
    if (!written) {
        showMessage(written.error().toString(), true);
        return;
    }
    m_config->setStartWorkspace(written.value());
    const auto synced = m_config->sync();
    if (!synced) {
        showMessage(synced.error().toString(), true);
        return;
    }
    showMessage(tr("Saved as %1.").arg(QDir::toNativeSeparators(written.value())), false);
    Q_EMIT workspaceReady(written.value());
}

void FirstRunPage::tryDemo()
{
    m_config->setStartDemo();
    const auto synced = m_config->sync();
    if (!synced) {
        showMessage(synced.error().toString(), true);
        return;
    }
    Q_EMIT demoChosen();
}

} // namespace Wk
