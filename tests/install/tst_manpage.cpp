// The manual pages in docs/man agree with what the programs say about themselves: every option
// that --help lists is described in the OPTIONS section and every option described there
// exists; every command of "watchkeeper --help" has an entry in COMMANDS and every entry there
// is a command; the report command's options are described; the versions match.

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

struct ManPage
{
    QMap<QString, QStringList> tags; // section name -> the tag lines of its .TP items
    QMap<QString, QString> text;     // section name -> all its text, unescaped
    QString version;                 // from the .TH line
};

// Roff source to plain words: "\-" to "-", font changes and quotes dropped, the macro name
// (.B, .BI, ...) removed.
QString plain(QString line)
{
    line.replace(QStringLiteral("\\-"), QStringLiteral("-"));
    line.remove(QRegularExpression(QStringLiteral(R"(\\f[BIRP])")));
    line.remove(QRegularExpression(QStringLiteral(R"(^\.[A-Z]+\s*)")));
    line.remove(u'"');
    return line.simplified();
}

ManPage readManPage(const QString &path)
{
    ManPage page;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return page;
    const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n');
    QString section;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines[i];
        if (line.startsWith(QLatin1String(".TH "))) {
            const QStringList fields = QProcess::splitCommand(line.mid(4));
            page.version = fields.value(3).section(u' ', -1);
        } else if (line.startsWith(QLatin1String(".SH "))) {
            section = plain(line.mid(4));
        } else if (line == QLatin1String(".TP") && i + 1 < lines.size()) {
            page.tags[section] << plain(lines[i + 1]);
        }
        if (!line.startsWith(QLatin1String(".\\\"")))
            page.text[section] += plain(line) + u' ';
    }
    return page;
}

// "-h", "--help", "--workspace": the option names in a piece of text.
QStringList optionNames(const QString &text)
{
    QStringList names;
    static const QRegularExpression option(QStringLiteral(R"((?<![\w-])(--?[A-Za-z][\w-]*))"));
    for (auto it = option.globalMatch(text); it.hasNext();)
        names << it.next().captured(1);
    return names;
}

// The options of a QCommandLineParser help text: the left column of its "Options:" block.
QStringList helpOptions(const QString &help)
{
    QStringList names;
    bool inOptions = false;
    static const QRegularExpression entry(QStringLiteral(R"(^  (-\S+(?: -\S+)*))"));
    for (const QString &line : help.split(u'\n')) {
        if (line == QLatin1String("Options:")) {
            inOptions = true;
            continue;
        }
        if (inOptions && !line.startsWith(u' '))
            break;
        const auto m = entry.match(line);
        if (inOptions && m.hasMatch())
            names << optionNames(m.captured(1));
    }
    return names;
}

// "group verb" for each command line of "watchkeeper --help": "  watchkeeper rules test
// FILE..." gives "rules test"; verbs may be listed as "list|show" or as alternatives
// ("alerts list [--json] | ack ID... | unack ID..."); "report --dashboard ..." has no verb.
QStringList helpCommands(const QString &help)
{
    QStringList commands;
    static const QRegularExpression line(QStringLiteral(R"(^  watchkeeper ([a-z]+)(.*)$)"),
                                         QRegularExpression::MultilineOption);
    static const QRegularExpression verbs(QStringLiteral(R"(^([a-z][a-z-]*(?:\|[a-z][a-z-]*)*)$)"));
    for (auto it = line.globalMatch(help); it.hasNext();) {
        const auto m = it.next();
        const QString group = m.captured(1);
        QStringList found;
        for (const QString &alternative : m.captured(2).split(QStringLiteral(" | "))) {
            const auto v = verbs.match(alternative.section(u' ', 0, 0, QString::SectionSkipEmpty));
            if (v.hasMatch())
                found << v.captured(1).split(u'|');
        }
        if (found.isEmpty())
            commands << group;
        for (const QString &verb : std::as_const(found))
            commands << group + u' ' + verb;
    }
    return commands;
}

// The same from the COMMANDS section's item tags ("watchkeeper incident move id stage").
QStringList manCommands(const QStringList &tags)
{
    QStringList commands;
    static const QRegularExpression tag(QStringLiteral(R"(^watchkeeper ([a-z]+)(?: ([a-z]+)\b)?)"));
    for (const QString &t : tags) {
        const auto m = tag.match(t);
        if (!m.hasMatch())
            continue;
        commands << (m.captured(2).isEmpty() ? m.captured(1)
                                             : m.captured(1) + u' ' + m.captured(2));
    }
    return commands;
}

QString runProgram(const QString &program, const QStringList &args, QString *error)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(30'000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QStringLiteral("%1 %2 failed (exit %3): %4")
                     .arg(program, args.join(u' '))
                     .arg(p.exitCode())
                     .arg(QString::fromLocal8Bit(p.readAllStandardError()));
        return {};
    }
    return QString::fromLocal8Bit(p.readAllStandardOutput());
}

struct Program
{
    QString name;
    QString path;
    QString manPath;
};

const Program Programs[] = {
    {QStringLiteral("watchkeeper"), QStringLiteral(WK_WATCHKEEPER_PROGRAM),
     QStringLiteral(WK_SOURCE_DIR "/docs/man/watchkeeper.1")},
    {QStringLiteral("watchkeeper-sim"), QStringLiteral(WK_SIM_PROGRAM),
     QStringLiteral(WK_SOURCE_DIR "/docs/man/watchkeeper-sim.1")},
};

// Adds one row per name in either list, telling where it was found.
void addAgreementRows(const QString &prefix, const QStringList &said, const QStringList &documented)
{
    QStringList all = said + documented;
    all.removeDuplicates();
    for (const QString &name : std::as_const(all)) {
        QTest::addRow("%s %s", qPrintable(prefix), qPrintable(name))
            << name << said.contains(name) << documented.contains(name);
    }
}

} // namespace

class TstManPage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void optionsAgree_data();
    void optionsAgree();
    void commandsAgree_data();
    void commandsAgree();
    void reportOptionsDocumented_data();
    void reportOptionsDocumented();
    void versionsAgree_data();
    void versionsAgree();

private:
    QMap<QString, QString> m_help;    // program name -> --help output
    QMap<QString, QString> m_version; // program name -> --version output
    QMap<QString, ManPage> m_pages;   // program name -> its manual page
    QString m_reportHelp;
};

void TstManPage::initTestCase()
{
    for (const Program &p : Programs) {
        QString error;
        m_help[p.name] = runProgram(p.path, {QStringLiteral("--help")}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_version[p.name] = runProgram(p.path, {QStringLiteral("--version")}, &error).trimmed();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_pages[p.name] = readManPage(p.manPath);
        QVERIFY2(!m_pages[p.name].tags.isEmpty(),
                 qPrintable(p.manPath + QStringLiteral(" has no items")));
    }
    QString error;
    m_reportHelp =
        runProgram(Programs[0].path, {QStringLiteral("report"), QStringLiteral("--help")}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TstManPage::optionsAgree_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("inHelp");
    QTest::addColumn<bool>("inManPage");
    for (const Program &p : Programs) {
        QStringList documented;
        for (const QString &tag : m_pages[p.name].tags.value(QStringLiteral("OPTIONS")))
            documented << optionNames(tag);
        addAgreementRows(p.name, helpOptions(m_help[p.name]), documented);
    }
}

void TstManPage::optionsAgree()
{
    QFETCH(QString, name);
    QFETCH(bool, inHelp);
    QFETCH(bool, inManPage);
    QVERIFY2(inManPage,
             qPrintable(name + QStringLiteral(" is in --help but not in the man page's OPTIONS")));
    QVERIFY2(inHelp,
             qPrintable(name + QStringLiteral(" is in the man page's OPTIONS but not in --help")));
}

void TstManPage::commandsAgree_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("inHelp");
    QTest::addColumn<bool>("inManPage");
    const QStringList said = helpCommands(m_help[QStringLiteral("watchkeeper")]);
    const QStringList documented =
        manCommands(m_pages[QStringLiteral("watchkeeper")].tags.value(QStringLiteral("COMMANDS")));
    addAgreementRows(QStringLiteral("watchkeeper"), said, documented);
}

void TstManPage::commandsAgree()
{
    QFETCH(QString, name);
    QFETCH(bool, inHelp);
    QFETCH(bool, inManPage);
    QVERIFY2(
        inManPage,
        qPrintable(QStringLiteral("\"watchkeeper ") + name +
                   QStringLiteral("\" is in --help but has no entry in the man page's COMMANDS")));
    QVERIFY2(inHelp, qPrintable(QStringLiteral("the man page's COMMANDS describe \"watchkeeper ") +
                                name + QStringLiteral("\", which --help does not list")));
}

void TstManPage::reportOptionsDocumented_data()
{
    QTest::addColumn<QString>("name");
    const QSet<QString> generic = {QStringLiteral("-h"), QStringLiteral("--help"),
                                   QStringLiteral("--help-all")};
    for (const QString &name : helpOptions(m_reportHelp)) {
        if (!generic.contains(name))
            QTest::addRow("report %s", qPrintable(name)) << name;
    }
}

void TstManPage::reportOptionsDocumented()
{
    QFETCH(QString, name);
    const QString commands =
        m_pages[QStringLiteral("watchkeeper")].text.value(QStringLiteral("COMMANDS"));
    QVERIFY2(optionNames(commands).contains(name),
             qPrintable(QStringLiteral("watchkeeper report ") + name +
                        QStringLiteral(" is not in the man page's COMMANDS")));
}

void TstManPage::versionsAgree_data()
{
    QTest::addColumn<QString>("program");
    for (const Program &p : Programs)
        QTest::newRow(qPrintable(p.name)) << p.name;
}

void TstManPage::versionsAgree()
{
    QFETCH(QString, program);
    const QString said = m_version[program].section(u' ', -1);
    QVERIFY2(!said.isEmpty(), qPrintable(program + QStringLiteral(" --version printed nothing")));
    QCOMPARE(m_pages[program].version, said);
}

QTEST_GUILESS_MAIN(TstManPage)
#include "tst_manpage.moc"
