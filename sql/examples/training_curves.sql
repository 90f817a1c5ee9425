-- Training curves: one row per epoch of the registered history table (a train output's
-- <model dir>/history): training and validation loss (per pixel), validation PSNR and SSIM,
-- speed and learning rate, with the epoch of the lowest validation loss marked best.
--   spark-denoise tables query --history <model dir>/history --example training_curves
SELECT epoch,
       engine,
       round(train_loss, 5) AS train_loss,
       round(val_loss, 5) AS val_loss,
       round(val_psnr_db, 3) AS val_psnr_db,
       round(val_ssim, 4) AS val_ssim,
       round(images_per_s, 1) AS images_per_s,
       learning_rate,
       coalesce(val_loss = min(val_loss) OVER (), false) AS best
FROM history
ORDER BY epoch;
