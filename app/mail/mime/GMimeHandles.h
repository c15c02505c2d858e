#pragma once

// Private to app/mail/mime: small RAII owners for GMime objects.
#include <QByteArray>

#include <gmime/gmime.h>

namespace Madoguchi {

template<typename T> class GObjectHandle
{
public:
    explicit GObjectHandle(T *object = nullptr)
        : m_object(object)
    { }
    ~GObjectHandle()
    {
        if (m_object)
            g_object_unref(m_object);
    }
    GObjectHandle(const GObjectHandle &) = delete;
    GObjectHandle &operator=(const GObjectHandle &) = delete;
    T *get() const { return m_object; }
    explicit operator bool() const { return m_object != nullptr; }

private:
    T *m_object;
};

// Bytes of a GMime stream from its start.
inline QByteArray readGMimeStream(GMimeStream *stream)
{
    QByteArray out;
    if (!stream)
        return out;
    g_mime_stream_reset(stream);
    char buffer[16384];
    while (true) {
        const ssize_t n = g_mime_stream_read(stream, buffer, sizeof buffer);
        if (n <= 0)
            break;
        out.append(buffer, n);
    }
    g_mime_stream_reset(stream);
    return out;
}

// Serialises a GMime object (e.g. an enclosed message) to bytes.
inline QByteArray writeGMimeObject(GMimeObject *object)
{
    GObjectHandle<GMimeStream> mem(g_mime_stream_mem_new());
    g_mime_object_write_to_stream(object, nullptr, mem.get());
    GByteArray *bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(mem.get()));
    return QByteArray(reinterpret_cast<const char *>(bytes->data), qsizetype(bytes->len));
}

} // namespace Madoguchi
