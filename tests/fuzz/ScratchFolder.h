#pragma once

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace Madoguchi::Fuzz {

// A folder for the file-scanning targets, made once per process and emptied before each
// input: creating a temporary folder per input would cost more than the scan.
class ScratchFolder
{
public:
    QString path() const { return m_dir.path(); }
    void clear(const QStringList &subfolders = {})
    {
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
        for (const QString &sub : subfolders)
            QDir().mkpath(m_dir.path() + u'/' + sub);
    }
    QString write(const QString &relativePath, const QByteArray &data) const
    {
        const QString path = m_dir.path() + u'/' + relativePath;
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(data);
        return path;
    }

private:
    QTemporaryDir m_dir;
};

} // namespace Madoguchi::Fuzz
