#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QFileInfo>
#include <QTranslator>

QStringList Translations::availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("sv"), QStringLiteral("nb"), QStringLiteral("lv"), QStringLiteral("pl")};
}

QString Translations::nativeName(const QString& code)
{
    const QLocale locale(code);
    if (locale.language() == QLocale::C)
        return code;
    if (locale.language() == QLocale::English)
        return QStringLiteral("English");
    return locale.nativeLanguageName();
}

QString Translations::install(QCoreApplication* application, const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto* ours = new QTranslator(application);
    if (!ours->load(locale, QStringLiteral("shopscope"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        // A language we do not have (or the C locale): English, whose file carries the plural
        // forms ("1 location", "2 locations") the sources only write as "location(s)".
        if (!ours->load(QStringLiteral(":/i18n/shopscope_en.qm"))) {
            delete ours;
            return QStringLiteral("en");
        }
        QCoreApplication::installTranslator(ours);
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(ours);
    auto* qt = new QTranslator(application);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return QFileInfo(ours->filePath()).completeBaseName().section(QLatin1Char('_'), 1);
}
