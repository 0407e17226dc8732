//! Photos at the size the booklet prints them. 300 stored photos of 600×600 px would add 17 MB
//! of JPEG to the file. The portrait box is 48 × 58 mm, so a photo at least twice the size the
//! box needs at `MIN_DPI` is halved (2×2 pixels averaged, as many times as that holds), cropped
//! to the box's shape the way the template's `fit: "cover"` would, and encoded again. The photos
//! are independent, so every core takes a share.
//!
//! Each photo then goes to typst inside a small SVG. Typst decodes a raster image the moment it
//! places it and keeps the pixels until the end (67 MB for 300 photos even at booklet size),
//! while an SVG's picture stays encoded: the PDF writer copies a JPEG's bytes into the file as
//! they are. The SVG holds nothing but the picture's size and its bytes in base64, never a
//! user's text.

use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use image::{ImageFormat, ImageReader, RgbImage};
use jpeg_encoder::{ColorType, Encoder};
use std::io::Cursor;
use std::thread;

/// The portrait box of the template (`sidebar-width` × the portrait's height), in mm.
const BOX_MM: (f64, f64) = (48.0, 58.0);
/// Sharp on screen at any usual zoom and fine in an office print; the store keeps the 600 px
/// original for anything that needs more.
const MIN_DPI: f64 = 125.0;
const QUALITY: u8 = 85;

/// The smallest pixel size that fills the box at `MIN_DPI`.
fn needed_pixels() -> (u32, u32) {
    let pixels = |mm: f64| (mm / 25.4 * MIN_DPI).ceil() as u32;
    (pixels(BOX_MM.0), pixels(BOX_MM.1))
}

/// Every photo as the booklet embeds it, in order.
pub(crate) fn for_booklet(photos: Vec<Option<&[u8]>>) -> Vec<Option<Vec<u8>>> {
    let threads = thread::available_parallelism().map_or(1, usize::from);
    let chunk = photos.len().div_ceil(threads).max(1);
    thread::scope(|scope| {
        let workers: Vec<_> = photos
            .chunks(chunk)
            .map(|part| scope.spawn(move || part.iter().map(|photo| photo.and_then(prepare)).collect::<Vec<_>>()))
            .collect();
        // A worker that panicked takes the render with it, rather than shifting the photos that
        // follow onto the wrong mentors.
        workers
            .into_iter()
            .flat_map(|worker| worker.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)))
            .collect()
    })
}

/// A JPEG at booklet size, a PNG as it is, each wrapped in an SVG; anything else left out (the
/// section then shows the mentor's initials rather than the whole booklet failing on one photo).
fn prepare(photo: &[u8]) -> Option<Vec<u8>> {
    if photo.starts_with(crate::data::JPEG_MAGIC) {
        wrapped_in_svg(&shrink(photo)?, ImageFormat::Jpeg)
    } else if photo.starts_with(crate::data::PNG_MAGIC) {
        wrapped_in_svg(photo, ImageFormat::Png)
    } else {
        None
    }
}

/// An SVG of the picture's size that shows the picture; `None` when its header cannot be read.
fn wrapped_in_svg(picture: &[u8], format: ImageFormat) -> Option<Vec<u8>> {
    let (width, height) = ImageReader::with_format(Cursor::new(picture), format)
        .into_dimensions()
        .ok()?;
    let mime = format.to_mime_type();
    let data = BASE64.encode(picture);
    Some(
        format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" \
             width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\">\
             <image width=\"{width}\" height=\"{height}\" xlink:href=\"data:{mime};base64,{data}\"/></svg>"
        )
        .into_bytes(),
    )
}

/// `None` for a JPEG that cannot be decoded (typst could not place it either).
fn shrink(jpeg: &[u8]) -> Option<Vec<u8>> {
    let reader = || ImageReader::with_format(Cursor::new(jpeg), ImageFormat::Jpeg);
    let (width, height) = reader().into_dimensions().ok()?;
    let (needed_width, needed_height) = needed_pixels();
    if width / 2 < needed_width || height / 2 < needed_height {
        return Some(jpeg.to_vec());
    }
    let mut pixels = reader().decode().ok()?.into_rgb8();
    while pixels.width() / 2 >= needed_width && pixels.height() / 2 >= needed_height {
        pixels = halved(&pixels);
    }
    let pixels = cropped_to_box(pixels);
    let (Ok(width), Ok(height)) = (u16::try_from(pixels.width()), u16::try_from(pixels.height())) else {
        return Some(jpeg.to_vec());
    };
    let mut smaller = Vec::new();
    match Encoder::new(&mut smaller, QUALITY).encode(pixels.as_raw(), width, height, ColorType::Rgb) {
        Ok(()) => Some(smaller),
        Err(_) => Some(jpeg.to_vec()),
    }
}

/// Each pixel the average of a 2×2 block (an odd last row or column is dropped).
fn halved(image: &RgbImage) -> RgbImage {
    RgbImage::from_fn(image.width() / 2, image.height() / 2, |x, y| {
        let (x, y) = (2 * x, 2 * y);
        let corners = [(x, y), (x + 1, y), (x, y + 1), (x + 1, y + 1)].map(|(x, y)| image.get_pixel(x, y).0);
        image::Rgb(std::array::from_fn(|channel| {
            let sum: u16 = corners.iter().map(|pixel| u16::from(pixel[channel])).sum();
            u8::try_from((sum + 2) / 4).unwrap_or(u8::MAX)
        }))
    })
}

/// The centred part with the box's proportions: what `fit: "cover"` shows anyway.
fn cropped_to_box(image: RgbImage) -> RgbImage {
    let (width, height) = (f64::from(image.width()), f64::from(image.height()));
    let box_ratio = BOX_MM.0 / BOX_MM.1;
    let (crop_width, crop_height) = if width / height > box_ratio {
        ((height * box_ratio).round() as u32, image.height())
    } else {
        (image.width(), (width / box_ratio).round() as u32)
    };
    if (crop_width, crop_height) == image.dimensions() {
        return image;
    }
    let x = (image.width() - crop_width) / 2;
    let y = (image.height() - crop_height) / 2;
    image::imageops::crop_imm(&image, x, y, crop_width, crop_height).to_image()
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::codecs::jpeg::JpegEncoder;
    use image::ExtendedColorType;

    fn size_of(jpeg: &[u8]) -> (u32, u32) {
        ImageReader::with_format(Cursor::new(jpeg), ImageFormat::Jpeg)
            .into_dimensions()
            .unwrap()
    }

    fn flat_jpeg(width: u32, height: u32) -> Vec<u8> {
        let mut jpeg = Vec::new();
        JpegEncoder::new_with_quality(&mut jpeg, 85)
            .encode(
                &vec![128; (width * height * 3) as usize],
                width,
                height,
                ExtendedColorType::Rgb8,
            )
            .unwrap();
        jpeg
    }

    #[test]
    fn a_stored_photo_is_halved_and_cropped_to_the_box_and_still_fills_it() {
        let stored = crate::sample::portrait(1);
        assert_eq!(size_of(&stored), (600, 600));
        let booklet = shrink(&stored).unwrap();
        let (width, height) = size_of(&booklet);
        assert_eq!((width, height), (248, 300));
        let (needed_width, needed_height) = needed_pixels();
        assert!(
            width >= needed_width && height >= needed_height,
            "{needed_width}×{needed_height}"
        );
        assert!(booklet.len() * 3 < stored.len(), "{} → {}", stored.len(), booklet.len());
    }

    #[test]
    fn a_photo_that_is_small_already_goes_in_as_it_is_and_garbage_not_at_all() {
        let small = flat_jpeg(320, 400);
        assert_eq!(shrink(&small), Some(small.clone()));
        assert_eq!(shrink(b"\xff\xd8\xffnot really"), None);
    }

    #[test]
    fn halving_averages_each_block() {
        let image = RgbImage::from_fn(4, 3, |x, _| image::Rgb([if x % 2 == 0 { 10 } else { 20 }, 0, 255]));
        let half = halved(&image);
        assert_eq!(half.dimensions(), (2, 1));
        assert_eq!(half.get_pixel(1, 0).0, [15, 0, 255]);
    }

    #[test]
    fn photos_keep_their_order_across_threads() {
        let stored: Vec<Vec<u8>> = (0..5).map(crate::sample::portrait).collect();
        let mut photos: Vec<Option<&[u8]>> = stored.iter().map(|p| Some(p.as_slice())).collect();
        photos.insert(2, None);
        photos.insert(4, Some(b"GIF89a"));
        let prepared = for_booklet(photos);
        assert_eq!(prepared.len(), 7);
        assert!(prepared[2].is_none() && prepared[4].is_none());
        for (index, original) in [0, 1, 3, 5, 6].into_iter().zip(&stored) {
            assert_eq!(prepared[index], prepare(original), "photo {index}");
        }
    }

    #[test]
    fn the_booklet_photo_is_the_shrunk_jpeg_inside_an_svg_of_its_size() {
        let stored = crate::sample::portrait(3);
        let svg = String::from_utf8(prepare(&stored).unwrap()).unwrap();
        assert!(
            svg.starts_with("<svg ") && svg.contains("width=\"248\" height=\"300\""),
            "{svg:.200}"
        );
        let encoded = svg.split("base64,").nth(1).unwrap().split('"').next().unwrap();
        assert_eq!(BASE64.decode(encoded).unwrap(), shrink(&stored).unwrap());
    }
}
