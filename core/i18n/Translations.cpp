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

bool Translations::load(QTranslator* translator, const QLocale& locale)
{
    return translator->load(locale, QStringLiteral("shopscope"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || translator->load(QStringLiteral(":/i18n/shopscope_en.qm"));
}

QString Translations::install(QCoreApplication* application, const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto* ours = new QTranslator(application);
    if (!load(ours, locale)) {
        delete ours;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(ours);
    const QString installed = QFileInfo(ours->filePath()).completeBaseName().section(QLatin1Char('_'), 1);
    if (installed == QLatin1String("en"))
        return installed; // a language we do not have (or the C locale): no Qt translation either
    auto* qt = new QTranslator(application);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return installed;
}
