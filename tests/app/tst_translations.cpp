// The translations: complete catalogs whose entries keep the source's placeholders, the
// language chosen by --lang or the locale, the built-in dashboards' words translated, and the
// program's own --help in German and Spanish.

#include "app/translation.h"

#include "models/dashboards/dashboard.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

using namespace Wk;

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    bool obsolete = false;
    QStringList forms; // the translation, or its plural forms
    qint64 line = 0;
};

QList<Message> readCatalog(const QString &path)
{
    QList<Message> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&f);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            m = Message{};
            m.context = context;
            m.numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
            m.line = xml.lineNumber();
        } else if (name == u"source") {
            m.source = xml.readElementText();
        } else if (name == u"translation") {
            const auto type = xml.attributes().value(QStringLiteral("type"));
            m.unfinished = type == u"unfinished";
            m.obsolete = type == u"vanished" || type == u"obsolete";
            if (!m.numerus)
                m.forms << xml.readElementText();
            else {
                while (xml.readNextStartElement())
                    m.forms << xml.readElementText();
            }
            out << m;
        }
    }
    if (xml.hasError())
        qWarning("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return out;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?\\d+"));
    QSet<QString> out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out << it.next().captured();
    return out;
}

QString catalogPath(const QString &code)
{
    return QStringLiteral(WK_SOURCE_DIR "/translations/watchkeeper_%1.ts").arg(code);
}

QString program()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/../../app/watchkeeper");
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogs_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("forms");
        QTest::newRow("de") << QStringLiteral("de") << 2;
        QTest::newRow("es") << QStringLiteral("es") << 2;
        QTest::newRow("en") << QStringLiteral("en") << 2;
    }

    // Every entry translated, none left over from removed sources, and each keeps what the
    // program fills in: the same %1..%9, %n in every plural form, as many forms as the
    // language has.
    void catalogs()
    {
        QFETCH(QString, code);
        QFETCH(int, forms);
        const QList<Message> messages = readCatalog(catalogPath(code));
        QVERIFY2(!messages.isEmpty(), qPrintable(catalogPath(code)));
        QStringList problems;
        for (const Message &m : messages) {
            const QString where = QStringLiteral("%1:%2 [%3] \"%4\"")
                                      .arg(catalogPath(code))
                                      .arg(m.line)
                                      .arg(m.context, m.source.left(60));
            if (m.unfinished)
                problems << where + QStringLiteral(": unfinished");
            if (m.obsolete)
                problems << where + QStringLiteral(": obsolete");
            if (m.numerus && m.forms.size() != forms)
                problems << where + QStringLiteral(": %1 plural forms").arg(m.forms.size());
            for (const QString &t : m.forms) {
                if (t.isEmpty()) {
                    problems << where + QStringLiteral(": empty");
                    continue;
                }
                if (placeholders(t) != placeholders(m.source))
                    problems << where + QStringLiteral(": placeholders differ: \"%1\"").arg(t);
                if (m.numerus && !t.contains(QLatin1String("%n")))
                    problems << where + QStringLiteral(": no %n in \"%1\"").arg(t);
                if (m.source.endsWith(u'\n') != t.endsWith(u'\n'))
                    problems << where + QStringLiteral(": trailing newline differs");
            }
        }
        if (code != u"en") {
            // English holds only plural forms; the others everything.
            QVERIFY2(messages.size() > 1000, qPrintable(QString::number(messages.size())));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void unknownLanguageIsRefusedWithTheChoices()
    {
        const auto r = Translation::install(QStringLiteral("xx"));
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QLatin1String("\"xx\"")),
                 qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(QLatin1String("de, es")) ||
                     r.error().message.contains(QLatin1String("de")),
                 qPrintable(r.error().message));
        QCOMPARE(Translation::available(),
                 (QStringList{QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es")}));
    }

    void langOptionIsTakenOutOfTheArguments()
    {
        const QStringList args{QStringLiteral("watchkeeper"), QStringLiteral("incident"),
                               QStringLiteral("--lang"), QStringLiteral("es"),
                               QStringLiteral("list")};
        QCOMPARE(Translation::requested(args), QStringLiteral("es"));
        QCOMPARE(Translation::withoutLang(args),
                 (QStringList{QStringLiteral("watchkeeper"), QStringLiteral("incident"),
                              QStringLiteral("list")}));
        QCOMPARE(Translation::requested({QStringLiteral("--lang=de_AT")}), QStringLiteral("de_AT"));
        QVERIFY(!Translation::installForStart({QStringLiteral("x"), QStringLiteral("--lang")}, {}));
    }

    // The chosen language translates messages from models/ and the built-in dashboards, and
    // numbers follow it.
    void installedLanguageIsUsed_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("number");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("1.234,5");
        QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("1234,5");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("1,234.5");
    }

    void installedLanguageIsUsed()
    {
        QFETCH(QString, code);
        QFETCH(QString, number);
        const auto r = Translation::install(code);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(r.value(), code);
        QCOMPARE(Translation::current(), code);
        QCOMPARE(QLocale().toString(1234.5, 'f', 1), number);

        // A models/ message (the duration parser's) and a plural form.
        const QString empty = QCoreApplication::translate("Wk::Duration", "empty duration");
        const QString minutes = QCoreApplication::translate("Wk::Duration", "%n min", nullptr, 5);
        QVERIFY(minutes.contains(QLatin1String("5")));
        if (code == u"en")
            QCOMPARE(empty, QStringLiteral("empty duration"));
        else
            QVERIFY2(empty != QStringLiteral("empty duration"), qPrintable(empty));

        // Every word of the built-in dashboards has a catalog entry; titles read translated.
        QStringList errors;
        const QList<Dashboard> dashboards = DashboardLoader::loadAll(QString(), &errors);
        QVERIFY(errors.isEmpty());
        QCOMPARE(dashboards.size(), 4);
        Translation::install(QStringLiteral("en"));
        const QList<Dashboard> english = DashboardLoader::loadAll(QString(), &errors);
        Translation::install(code);
        int translatedTitles = 0;
        for (qsizetype i = 0; i < dashboards.size(); ++i) {
            translatedTitles += dashboards.at(i).title != english.at(i).title;
            for (qsizetype p = 0; p < english.at(i).panels.size(); ++p) {
                const QString title = english.at(i).panels.at(p).title;
                QVERIFY2(QCoreApplication::translate("Wk::Dashboard", title.toUtf8()) ==
                                 dashboards.at(i).panels.at(p).title &&
                             !dashboards.at(i).panels.at(p).title.isEmpty(),
                         qPrintable(title));
            }
        }
        if (code == u"en")
            QCOMPARE(translatedTitles, 0);
        else
            QCOMPARE(translatedTitles, 4);
    }

    // What a user at a German or Spanish desktop sees first: the program's own --help.
    void helpFollowsTheLocale_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("expected");
        QTest::newRow("de_DE") << QStringLiteral("de_DE.UTF-8") << QStringLiteral("Sprache");
        QTest::newRow("es_ES") << QStringLiteral("es_ES.UTF-8") << QStringLiteral("Idioma");
        QTest::newRow("C") << QStringLiteral("C.UTF-8") << QStringLiteral("Language");
    }

    void helpFollowsTheLocale()
    {
        QFETCH(QString, lang);
        QFETCH(QString, expected);
        QVERIFY2(QFile::exists(program()), qPrintable(program()));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("LC_ALL"));
        env.remove(QStringLiteral("LC_MESSAGES"));
        env.remove(QStringLiteral("LANGUAGE"));
        env.insert(QStringLiteral("LANG"), lang);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir::tempPath() + "/wk-tr-config");
        p.setProcessEnvironment(env);
        p.start(program(), {QStringLiteral("--help")});
        QVERIFY(p.waitForFinished(30'000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QCOMPARE(p.exitCode(), 0);
        QVERIFY2(out.contains(expected), qPrintable(out));

        // --lang wins over the locale.
        p.start(program(),
                {QStringLiteral("--lang"), QStringLiteral("es"), QStringLiteral("--help")});
        QVERIFY(p.waitForFinished(30'000));
        QVERIFY(QString::fromUtf8(p.readAllStandardOutput()).contains(QLatin1String("Idioma")));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
