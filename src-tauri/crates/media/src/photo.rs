//! Mentor photos: refuse what is not a sane JPEG/PNG, then re-encode to a booklet-sized JPEG.

use std::io::Cursor;

use image::codecs::jpeg::JpegEncoder;
use image::error::LimitErrorKind;
use image::imageops::FilterType;
use image::{DynamicImage, ImageDecoder, ImageError, ImageFormat, ImageReader, Limits, Rgb, RgbImage, Rgba};

use crate::MediaError;

pub(crate) const MAX_PHOTO_BYTES: usize = 5 * 1024 * 1024;
pub(crate) const MAX_PHOTO_SIDE: u32 = 4096;
/// The largest decoded buffer a photo within `MAX_PHOTO_SIDE` can need (RGBA, 16 bits a channel):
/// it refuses nothing the side limit lets through, and caps what the decoders allocate for
/// themselves (PNG metadata chunks, for one).
const MAX_DECODE_ALLOC: u64 = MAX_PHOTO_SIDE as u64 * MAX_PHOTO_SIDE as u64 * 8;
/// The output fits inside this square: about 5 cm at 300 dpi, plenty for a booklet.
const OUTPUT_SIDE: u32 = 600;
const JPEG_QUALITY: u8 = 85;

const JPEG_MAGIC: &[u8] = &[0xFF, 0xD8, 0xFF];
const PNG_MAGIC: &[u8] = &[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A];

/// A photo ready to store and print: a JPEG without metadata, at most 600 px a side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Photo {
    pub jpeg: Vec<u8>,
    pub width: u32,
    pub height: u32,
}

/// Checks an uploaded photo (size, then magic bytes, then the dimensions in its header, all before
/// decoding), applies its EXIF orientation, and re-encodes it as an RGB JPEG that fits inside
/// 600×600 px (never upscaled, transparency flattened on white). No EXIF/GPS survives.
pub fn prepare_photo(bytes: &[u8]) -> Result<Photo, MediaError> {
    if bytes.len() > MAX_PHOTO_BYTES {
        return Err(MediaError::PhotoTooLarge { size: bytes.len() });
    }
    let format = sniff_format(bytes).ok_or(MediaError::NotAnImage)?;

    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_PHOTO_SIDE);
    limits.max_image_height = Some(MAX_PHOTO_SIDE);
    limits.max_alloc = Some(MAX_DECODE_ALLOC);
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    reader.limits(limits);
    // Building the decoder reads the header only, and refuses dimensions beyond the limits.
    let mut decoder = reader.into_decoder().map_err(decode_error)?;
    let orientation = decoder.orientation().map_err(decode_error)?;
    let mut image = DynamicImage::from_decoder(decoder).map_err(decode_error)?;
    image.apply_orientation(orientation);

    let mut rgb = flatten_on_white(image);
    if rgb.width() > OUTPUT_SIDE || rgb.height() > OUTPUT_SIDE {
        rgb = DynamicImage::ImageRgb8(rgb)
            .resize(OUTPUT_SIDE, OUTPUT_SIDE, FilterType::Lanczos3)
            .into_rgb8();
    }
    let mut jpeg = Vec::new();
    JpegEncoder::new_with_quality(&mut jpeg, JPEG_QUALITY)
        .encode_image(&rgb)
        .map_err(MediaError::Unreadable)?;
    Ok(Photo {
        jpeg,
        width: rgb.width(),
        height: rgb.height(),
    })
}

fn sniff_format(bytes: &[u8]) -> Option<ImageFormat> {
    if bytes.starts_with(JPEG_MAGIC) {
        Some(ImageFormat::Jpeg)
    } else if bytes.starts_with(PNG_MAGIC) {
        Some(ImageFormat::Png)
    } else {
        None
    }
}

fn decode_error(error: ImageError) -> MediaError {
    match error {
        ImageError::Limits(ref limit) if matches!(limit.kind(), LimitErrorKind::DimensionError) => {
            MediaError::TooManyPixels
        }
        other => MediaError::Unreadable(other),
    }
}

fn flatten_on_white(image: DynamicImage) -> RgbImage {
    if !image.color().has_alpha() {
        return image.into_rgb8();
    }
    let rgba = image.into_rgba8();
    RgbImage::from_fn(rgba.width(), rgba.height(), |x, y| {
        let Rgba([r, g, b, a]) = *rgba.get_pixel(x, y);
        let alpha = u16::from(a);
        // c·α + 255·(255 − α) ≤ 255², so the rounded quotient always fits in a u8.
        let over_white = |c: u8| ((u16::from(c) * alpha + 255 * (255 - alpha) + 127) / 255) as u8;
        Rgb([over_white(r), over_white(g), over_white(b)])
    })
}

#[cfg(test)]
mod tests {
    use std::time::{Duration, Instant};

    use image::{GenericImageView, RgbaImage};

    use super::*;

    fn encode(image: &DynamicImage, format: ImageFormat) -> Vec<u8> {
        let mut bytes = Vec::new();
        image.write_to(&mut Cursor::new(&mut bytes), format).unwrap();
        bytes
    }

    fn rgb(width: u32, height: u32) -> DynamicImage {
        DynamicImage::ImageRgb8(RgbImage::from_fn(width, height, |x, y| {
            Rgb([(x % 256) as u8, (y % 256) as u8, 90])
        }))
    }

    fn png_chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
        let mut crc = crc32fast::Hasher::new();
        crc.update(kind);
        crc.update(data);
        let length = u32::try_from(data.len()).unwrap();
        [&length.to_be_bytes()[..], kind, data, &crc.finalize().to_be_bytes()].concat()
    }

    /// A valid PNG stream whose header claims `width`×`height` RGB pixels, with an empty IDAT.
    fn png_header_only(width: u32, height: u32) -> Vec<u8> {
        let ihdr = [&width.to_be_bytes()[..], &height.to_be_bytes(), &[8, 2, 0, 0, 0]].concat();
        let empty_zlib = [0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01];
        [
            PNG_MAGIC.to_vec(),
            png_chunk(b"IHDR", &ihdr),
            png_chunk(b"IDAT", &empty_zlib),
            png_chunk(b"IEND", &[]),
        ]
        .concat()
    }

    /// A JPEG with an APP1 Exif segment (big-endian TIFF) holding an orientation and an
    /// ImageDescription with `canary` in it, the way a phone stores GPS data.
    fn jpeg_with_exif(image: &DynamicImage, orientation: u8, canary: &[u8]) -> Vec<u8> {
        let plain = encode(image, ImageFormat::Jpeg);
        let text = [canary, b"\0"].concat();
        let text_len = u32::try_from(text.len()).unwrap();
        let data_offset: u32 = 8 + 2 + 2 * 12 + 4;
        let tiff = [
            &b"MM\0\x2A"[..],
            &8u32.to_be_bytes(),
            &2u16.to_be_bytes(),
            &[0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, orientation, 0, 0], // Orientation, SHORT
            &[0x01, 0x0E, 0, 2],                                   // ImageDescription, ASCII
            &text_len.to_be_bytes(),
            &data_offset.to_be_bytes(),
            &0u32.to_be_bytes(),
            &text,
        ]
        .concat();
        let segment_len = u16::try_from(2 + 6 + tiff.len()).unwrap();
        [
            &plain[..2],
            &[0xFF, 0xE1],
            &segment_len.to_be_bytes(),
            b"Exif\0\0",
            &tiff,
            &plain[2..],
        ]
        .concat()
    }

    /// The markers of the segments before the image data (start of scan).
    fn header_markers(jpeg: &[u8]) -> Vec<u8> {
        let mut markers = Vec::new();
        let mut at = 2;
        while jpeg[at] == 0xFF && jpeg[at + 1] != 0xDA {
            markers.push(jpeg[at + 1]);
            at += 2 + usize::from(u16::from_be_bytes([jpeg[at + 2], jpeg[at + 3]]));
        }
        markers
    }

    fn contains(haystack: &[u8], needle: &[u8]) -> bool {
        haystack.windows(needle.len()).any(|window| window == needle)
    }

    fn code(result: Result<Photo, MediaError>) -> &'static str {
        result.unwrap_err().code()
    }

    #[test]
    fn accepts_a_png_with_alpha_and_flattens_it_on_white() {
        let image = RgbaImage::from_fn(40, 30, |x, _| {
            if x < 20 {
                Rgba([0, 0, 0, 0])
            } else {
                Rgba([0, 0, 200, 255])
            }
        });
        let photo = prepare_photo(&encode(&DynamicImage::ImageRgba8(image), ImageFormat::Png)).unwrap();

        assert!(photo.jpeg.starts_with(JPEG_MAGIC));
        assert_eq!((photo.width, photo.height), (40, 30));
        let output = image::load_from_memory(&photo.jpeg).unwrap().into_rgb8();
        assert_eq!(output.dimensions(), (40, 30));
        let Rgb(transparent) = *output.get_pixel(5, 15);
        assert!(
            transparent.iter().all(|&c| c > 245),
            "transparent became {transparent:?}, not white"
        );
        let Rgb(blue) = *output.get_pixel(35, 15);
        assert!(blue[0] < 30 && blue[2] > 170, "opaque blue became {blue:?}");
    }

    #[test]
    fn accepts_a_jpeg_and_fits_it_inside_600_px_keeping_the_aspect() {
        let photo = prepare_photo(&encode(&rgb(1200, 500), ImageFormat::Jpeg)).unwrap();

        assert!(photo.jpeg.starts_with(JPEG_MAGIC));
        assert_eq!((photo.width, photo.height), (600, 250));
        assert_eq!(image::load_from_memory(&photo.jpeg).unwrap().dimensions(), (600, 250));
    }

    #[test]
    fn fits_a_tall_png_inside_600_px() {
        let photo = prepare_photo(&encode(&rgb(700, 1400), ImageFormat::Png)).unwrap();
        assert_eq!((photo.width, photo.height), (300, 600));
    }

    #[test]
    fn never_upscales() {
        let photo = prepare_photo(&encode(&rgb(120, 80), ImageFormat::Jpeg)).unwrap();
        assert_eq!((photo.width, photo.height), (120, 80));
    }

    #[test]
    fn applies_the_exif_orientation_and_drops_exif_and_gps() {
        let canary = b"GPS 52.3676N 4.9041E canary";
        let input = jpeg_with_exif(&rgb(80, 40), 6, canary);
        assert!(
            header_markers(&input).contains(&0xE1) && contains(&input, canary),
            "the test input has Exif"
        );

        let photo = prepare_photo(&input).unwrap();

        assert_eq!(
            (photo.width, photo.height),
            (40, 80),
            "orientation 6 turns the image a quarter"
        );
        assert!(!header_markers(&photo.jpeg).contains(&0xE1), "an APP1 segment survived");
        assert!(!contains(&photo.jpeg, b"Exif"));
        assert!(!contains(&photo.jpeg, b"GPS"));
    }

    #[test]
    fn refuses_other_files_whatever_they_are_called() {
        let gif = [&b"GIF89a"[..], &[1, 0, 1, 0, 0, 0, 0, 0x3B]].concat();
        assert_eq!(code(prepare_photo(&gif)), "photo.not_an_image");
        assert_eq!(
            code(prepare_photo(b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n")),
            "photo.not_an_image"
        );
        assert_eq!(code(prepare_photo(&[])), "photo.not_an_image");
    }

    #[test]
    fn refuses_a_file_over_5_mib_before_looking_inside() {
        let mut bytes = encode(&rgb(8, 8), ImageFormat::Jpeg);
        bytes.resize(MAX_PHOTO_BYTES, 0);
        assert!(prepare_photo(&bytes).is_ok(), "exactly 5 MiB is allowed");
        bytes.push(0);
        assert_eq!(code(prepare_photo(&bytes)), "photo.too_large_file");
    }

    #[test]
    fn refuses_more_than_4096_px_a_side() {
        assert_eq!(
            code(prepare_photo(&encode(&rgb(5000, 10), ImageFormat::Png))),
            "photo.too_many_pixels"
        );
        assert_eq!(
            code(prepare_photo(&encode(&rgb(10, 5000), ImageFormat::Jpeg))),
            "photo.too_many_pixels"
        );
        assert_eq!(code(prepare_photo(&png_header_only(4097, 1))), "photo.too_many_pixels");
    }

    #[test]
    fn refuses_a_decompression_bomb_from_its_header_alone() {
        let bomb = png_header_only(60_000, 60_000);
        assert!(bomb.len() < 100);

        let started = Instant::now();
        let result = prepare_photo(&bomb);

        assert!(
            started.elapsed() < Duration::from_secs(1),
            "took {:?}",
            started.elapsed()
        );
        assert_eq!(code(result), "photo.too_many_pixels");
    }

    #[test]
    fn refuses_a_truncated_or_corrupt_image_as_unreadable() {
        let jpeg = encode(&rgb(64, 64), ImageFormat::Jpeg);
        assert_eq!(code(prepare_photo(&jpeg[..jpeg.len() / 2])), "photo.unreadable");
        assert_eq!(code(prepare_photo(&jpeg[..20])), "photo.unreadable");

        let png = encode(&rgb(64, 64), ImageFormat::Png);
        assert_eq!(code(prepare_photo(&png[..png.len() / 2])), "photo.unreadable");
        assert_eq!(
            code(prepare_photo(&png_header_only(16, 16))),
            "photo.unreadable",
            "no pixel data"
        );
    }
}
