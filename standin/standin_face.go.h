/* standin_face.go.h: the stand-in detector's PeopleNet mode
 * (detect_face.c). A detector whose config declares three classes labelled
 * Person, Bag and Face (PeopleNet's labels, in that order) reports the
 * scene's people as Person (class 0) and their faces, found from pixels of
 * the scene's face colour (scene.FaceRGB, hue 90), as Face (class 2); it
 * reports no other object (the scene has no bags). */
#ifndef GO_DEEPSTREAM_STANDIN_FACE_GO_H
#define GO_DEEPSTREAM_STANDIN_FACE_GO_H

#include "standin_detect.go.h"
#include "standin_infer_config.go.h"

G_BEGIN_DECLS

/* The hue of the scene's face colour and the class ids of PeopleNet. */
#define GODS_STANDIN_FACE_HUE 90
#define GODS_STANDIN_PEOPLENET_PERSON 0
#define GODS_STANDIN_PEOPLENET_FACE 2

/* Whether c declares PeopleNet's classes: num-detected-classes=3 and the
 * labels Person;Bag;Face (case-insensitive). */
gboolean gods_standin_is_peoplenet(const GodsStandinInferConfig *c);

/* Whether a pixel has the face colour (the palette's value and saturation
 * thresholds, hue within GODS_STANDIN_HUE_TOLERANCE of the face hue). */
gboolean gods_standin_is_face_pixel(guint8 r, guint8 g, guint8 b);

/* When c declares PeopleNet's classes, rewrites the blobs that
 * gods_standin_detect found over the same img, roi and grid: people become
 * Person, other classes are dropped, faces found in the image are added as
 * Face, and a person's box grows up to the face on top of it. Otherwise
 * leaves blobs alone. */
void gods_standin_peoplenet_blobs(const GodsStandinInferConfig *c, const GodsStandinImage *img, const GodsStandinMatrix *m,
                                  const GodsStandinRect *roi, int grid_w, int grid_h, GArray *blobs);

G_END_DECLS

#endif /* GO_DEEPSTREAM_STANDIN_FACE_GO_H */
