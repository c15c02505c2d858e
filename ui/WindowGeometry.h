#pragma once

class QWidget;

namespace Madoguchi::WindowGeometry {

// Makes a top-level window fit the screen it opens on, frame included: never larger than
// the screen's available area (a small laptop, a docked panel, a 150 % scale that leaves a
// 1920×1080 screen 1280×720 logical pixels) and never partly off it (a geometry restored
// from a larger screen). Before the window is shown its frame is not known yet, so room is
// left for a usual title bar and border; once shown, its real frame counts.
void fitToScreen(QWidget *window);

} // namespace Madoguchi::WindowGeometry
