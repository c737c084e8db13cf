#pragma once

#include <QObject>
#include <QStringList>

// The recently opened project files, newest first, kept in QSettings.
class RecentFiles : public QObject
{
    Q_OBJECT

public:
    static constexpr int maximum = 10;

    explicit RecentFiles(QObject* parent = nullptr);
    QStringList files() const; // only those that still exist
    void add(const QString& path);
    void remove(const QString& path);
    void clear();

signals:
    void changed();

private:
    void store(const QStringList& files);
};
